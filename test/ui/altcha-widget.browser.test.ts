import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { systemClock } from '../../src/core/clock.ts';
import { startTestApp, uniquePhone, type TestApp } from '../helpers/app.ts';
import { launch } from './harness.ts';

/**
 * The stock ALTCHA widget (the `altcha` npm package, unmodified) against GET /v1/pow/challenge:
 * it fetches a challenge, solves it in Chromium, and the payload it puts in its hidden input is
 * what POST /v1/registrations takes as `pow` — once.
 */
const launched = await launch();
if (typeof launched === 'string') {
  if (process.env.CI === 'true') throw new Error(launched);
  console.log(`# skipping the ALTCHA widget test: ${launched}`);
}
const SKIP = typeof launched === 'string' ? launched : false;

// The package's browser build ("exports" → "import": dist/main/altcha.js), self-contained.
const WIDGET_JS = readFileSync(fileURLToPath(import.meta.resolve('altcha')));

/**
 * The page and the widget's bundle, with /v1/* passed through to Tessera: one origin, so the
 * widget's fetch needs no CORS. 127.0.0.1 is a secure context, which the widget requires.
 */
function startPageServer(tesseraPort: number): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/v1/')) {
      const upstream = request({ host: '127.0.0.1', port: tesseraPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    } else if (req.url === '/altcha.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(WIDGET_JS);
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/altcha.js"></script></head>' +
          // Widget v3 names its challenge URL `challenge` (v2 called it `challengeurl`); both fetch the same JSON.
          '<body><form><altcha-widget challenge="/v1/pow/challenge" name="altcha"></altcha-widget></form></body></html>',
      );
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('GET /v1/pow/challenge', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp('pglite', { clock: systemClock });
  });
  after(async () => app?.close());

  test('answers the ALTCHA challenge JSON, fresh each time, and limits each IP to 60 a minute', async () => {
    const get = (ip: string) => app.tessera.server.inject({ method: 'GET', url: '/v1/pow/challenge', remoteAddress: ip });
    const first = await get('203.0.113.7');
    assert.equal(first.statusCode, 200);
    const body = first.json();
    assert.deepEqual(Object.keys(body).sort(), ['algorithm', 'challenge', 'maxnumber', 'salt', 'signature']);
    assert.equal(body.algorithm, 'SHA-256');
    assert.match(body.challenge, /^[0-9a-f]{64}$/);
    assert.ok(Number.isInteger(body.maxnumber) && body.maxnumber > 0);
    assert.match(first.headers['cache-control'] as string, /no-store/);
    for (let i = 2; i <= 60; i++) assert.equal((await get('203.0.113.7')).statusCode, 200, `request ${i}`);
    const refused = await get('203.0.113.7');
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().error.code, 'rate_limited');
    const other = await get('203.0.113.8');
    assert.equal(other.statusCode, 200);
    assert.notEqual(other.json().challenge, body.challenge);
  });
});

describe('the stock ALTCHA widget in Chromium', { skip: SKIP }, () => {
  const browser = launched as Browser;
  let app: TestApp;
  let pages: Server;
  let origin = '';

  before(async () => {
    // Every code request needs a proof of work; the wall clock, since ALTCHA expiry reads Date.now().
    app = await startTestApp('pglite', { clock: systemClock, policy: { budgets: { powAfterPerIp10Min: 0 } } });
    await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
    pages = await startPageServer((app.tessera.server.server.address() as AddressInfo).port);
    origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (pages ? pages.close(resolve) : resolve(undefined)));
    await app?.close();
  });

  test('its payload starts a registration once', { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const challengeFetched = page.waitForResponse((res) => res.url() === `${origin}/v1/pow/challenge` && res.status() === 200);
    await page.goto(`${origin}/`);
    // The label, as a person clicks it (the check mark drawn over the box takes the pointer).
    await page.locator('altcha-widget label').first().click();
    const issued = await (await challengeFetched).json();
    await page.locator('altcha-widget .altcha[data-state="verified"]').waitFor({ timeout: 20_000 });
    const pow = await page.locator('altcha-widget input[name="altcha"]').inputValue();
    assert.deepEqual(errors, []);
    const decoded = JSON.parse(Buffer.from(pow, 'base64').toString('utf8'));
    assert.equal(decoded.algorithm, 'SHA-256');
    assert.equal(typeof decoded.number, 'number');
    assert.equal(decoded.signature, issued.signature, 'the widget solved the challenge Tessera issued');
    assert.equal(decoded.salt, issued.salt);

    const phone = uniquePhone();
    const without = await app.request('POST', '/v1/registrations', { phone });
    assert.equal(without.statusCode, 428);
    assert.equal(without.json().error.code, 'challenge_required');

    const withPow = await app.request('POST', '/v1/registrations', { phone, pow });
    assert.equal(withPow.statusCode, 201, withPow.body);

    const again = await app.request('POST', '/v1/registrations', { phone: uniquePhone(), pow });
    assert.equal(again.statusCode, 428);
    assert.equal(again.json().error.details.reason, 'pow_invalid');
    await page.close();
  });
});
