import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { systemClock } from '../../src/core/clock.ts';
import { startTestApp, type TestApp } from '../helpers/app.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
export const PHONE_VIEWPORT = { width: 360, height: 740 };

/** Chromium, or why it cannot run (the suite is skipped outside CI, and fails in CI). */
export async function launch(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (scripts/ci-packages.sh installs it)`;
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } catch (err) {
    return `Chromium does not start here: ${(err as Error).message.split('\n')[0]}`;
  }
}

export interface Site {
  app: TestApp;
  origin: string;
  close(): Promise<void>;
}

/**
 * A real server on a loopback port, reached as http://localhost (a secure context, so WebAuthn
 * works). The wall clock runs: TOTP codes computed by the test must match the server's time.
 */
export async function startSite(policy: Record<string, unknown> = {}): Promise<Site> {
  const app = await startTestApp('pglite', { clock: systemClock, policy });
  await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.tessera.server.server.address() as AddressInfo;
  return { app, origin: `http://localhost:${port}`, close: () => app.close() };
}

/** A context speaking one language, sized like a small phone unless told otherwise. */
export async function newContext(browser: Browser, locale: string, viewport = PHONE_VIEWPORT): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport, deviceScaleFactor: 1 });
}

/** Fails the test on any script error or CSP violation the page reports. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    // A refused API call (4xx) is logged by the browser as a failed resource; it is the answer the test expects.
    if (msg.type() === 'error' && !/the server responded with a status of 4\d\d/.test(msg.text())) errors.push(`console: ${msg.text()}`);
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** The newest code the dev inbox page shows for `phone`, read the way a developer would. */
export async function codeFromInbox(context: BrowserContext, origin: string, phone: string, after?: string): Promise<string> {
  const page = await context.newPage();
  try {
    for (let i = 0; i < 40; i++) {
      await page.goto(`${origin}/dev/inbox`);
      await page.getByRole('textbox').first().fill(phone);
      await page.locator('form button[type=submit]').click();
      const first = page.locator(`ul.inbox li[data-to="${phone}"] pre`).first();
      if (await first.count()) {
        const code = /(\d{6})/.exec(await first.innerText())?.[1];
        if (code && code !== after) return code;
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`no new code in the dev inbox for ${phone}`);
  } finally {
    await page.close();
  }
}
