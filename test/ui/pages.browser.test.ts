import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TOTP } from 'otpauth';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { uniquePhone } from '../helpers/app.ts';
import { codeFromInbox, launch, newContext, screenshot, startSite, watchErrors, type Site } from './harness.ts';

/**
 * The hosted pages in Chromium, as a person uses them: sign up with the code from the dev inbox,
 * log in on a second device through the SMS step, turn on TOTP, add a passkey and log in with it,
 * switch the language. Each page is photographed in each language into docs/screenshots/.
 */
const launched = await launch();
if (typeof launched === 'string') {
  if (process.env.CI === 'true') throw new Error(launched);
  console.log(`# skipping the browser tests: ${launched}`);
}
const SKIP = typeof launched === 'string' ? launched : false;
const PASSWORD = 'otter-lantern-Harbor-92';
const NEW_PASSWORD = 'walnut-Meadow-signal-47';
const LOCALES = ['en', 'zh-CN', 'zh-HK'] as const;
const PAGES = { signup: '/signup', login: '/login', forgot: '/forgot', security: '/security', 'dev-inbox': '/dev/inbox' };

describe('hosted pages in Chromium', { skip: SKIP }, () => {
  const browser = launched as Browser;
  let site: Site;
  let first: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const phone = uniquePhone();
  const national = phone.slice(3);
  const handle = `ui${Date.now().toString(36)}`;
  let recoveryCode = '';
  let lastCode = '';

  before(async () => {
    // Every code request needs a proof of work: the pages must solve ALTCHA challenges themselves.
    site = await startSite({ budgets: { powAfterPerIp10Min: 0 } });
    first = await newContext(browser, 'en-US');
    page = await first.newPage();
    watchErrors(page, errors);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('sign up: number, code from the dev inbox, password meter, handle check, terms', async () => {
    await page.goto(`${site.origin}/signup`);
    await page.getByLabel('Country or region').selectOption('CN');
    await page.getByLabel('Mobile number').fill(national);
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText(/We sent a code to \+86/).waitFor();
    assert.match(await page.locator('.delivery').innerText(), /SMS/);
    await screenshot(page, 'signup-code-en');

    await page.getByLabel('Verification code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText(/The verification code is incorrect\. Attempts left: \d/).waitFor();

    lastCode = await codeFromInbox(first, site.origin, phone);
    await page.getByLabel('Verification code').fill(lastCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Step 3 of 3').waitFor();

    const password = page.getByLabel('Password', { exact: true });
    await password.fill('password1');
    await page.locator('.strength .verdict').filter({ hasText: /weak/i }).waitFor();
    assert.ok(Number(await page.locator('.strength meter').getAttribute('value')) < 3);
    await password.fill(PASSWORD);
    await page.locator('.strength .verdict').filter({ hasText: 'Good enough' }).waitFor();

    await page.getByLabel('Handle (your public ID)').fill('admin1');
    await page
      .locator('.handle-status')
      .filter({ hasText: /reserved|taken|rules/ })
      .waitFor();
    await page.getByLabel('Handle (your public ID)').fill(handle);
    await page.getByText(`${handle} is available.`).waitFor();
    await screenshot(page, 'signup-account-en');

    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Please accept the terms to continue.').waitFor();
    await page.getByLabel('I accept the terms').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/security/);
    await page.getByText(`Welcome, ${handle}!`).waitFor();

    const cookies = await first.cookies();
    const session = cookies.find((c) => c.name === 'tessera_session');
    assert.ok(session?.httpOnly && session.sameSite === 'Lax', 'the session is an HttpOnly, SameSite=Lax cookie');
    assert.ok(cookies.find((c) => c.name === 'tessera_device')?.httpOnly, 'the device token is an HttpOnly cookie');
    assert.equal(await page.evaluate(() => document.cookie.includes('tessera_session')), false, 'scripts cannot read the session');
    assert.deepEqual(errors, []);
  });

  test('a second browser is a new device: password, then the SMS step', async () => {
    const second = await newContext(browser, 'en-US');
    const other = await second.newPage();
    watchErrors(other, errors);
    await other.goto(`${site.origin}/login`);
    await other.getByLabel('Mobile number or handle').fill(handle);
    await other.getByLabel('Password', { exact: true }).fill('wrong-password-1');
    await other.getByRole('button', { name: 'Log in', exact: true }).click();
    await other.getByText('The account or password is incorrect.').waitFor();
    await other.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await other.getByRole('button', { name: 'Log in', exact: true }).click();
    await other.getByRole('heading', { name: 'Text a code to my phone' }).waitFor();
    await other.getByText('We sent a code to your phone.').waitFor();
    await screenshot(other, 'login-new-device-en');
    lastCode = await codeFromInbox(second, site.origin, phone, lastCode);
    await other.getByLabel('Verification code').fill(lastCode);
    await other.getByRole('button', { name: 'Continue' }).click();
    await other.waitForURL(/\/security/);

    // The first browser sees two sessions now, and ends the other one.
    await page.goto(`${site.origin}/security`);
    const rows = page.locator('section[aria-labelledby="s-sessions-title"] li');
    await rows.nth(1).waitFor();
    assert.equal(await rows.count(), 2);
    await page.getByRole('button', { name: /^Log out: / }).click();
    await rows.nth(1).waitFor({ state: 'detached' });
    await other.reload();
    await other.waitForURL(/\/login/);
    await second.close();
    assert.deepEqual(errors, []);
  });

  test('TOTP: scan (the key is read off the page), confirm with a computed code, recovery codes', async () => {
    await page.goto(`${site.origin}/security`);
    await page.getByRole('button', { name: 'Set up' }).click();
    const secret = await page.locator('code.secret').innerText();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.match((await page.locator('img.qr').getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    await screenshot(page, 'security-totp-en');
    const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByLabel('Code from the app').fill(totp.generate());
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Recovery codes' }).waitFor();
    assert.equal(await page.locator('ol.codes li').count(), 10);
    recoveryCode = await page.locator('ol.codes li').first().innerText();
    await page.getByText('On: logins on new devices ask for its code.').waitFor();
    await page.getByRole('button', { name: 'I have saved them' }).click();
    const events = page.locator('section[aria-labelledby="s-events-title"]');
    await page.reload();
    await events.getByText('Authenticator turned on').waitFor();
    assert.deepEqual(errors, []);
  });

  test('passkey: added with the virtual authenticator, then used to log in', async () => {
    const cdp: CDPSession = await first.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
    });
    await page.goto(`${site.origin}/security`);
    await page.getByText('No passkeys yet.').waitFor();
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    const passkeys = page.locator('section[aria-labelledby="s-passkeys-title"] li');
    await passkeys.filter({ hasText: 'Chrome' }).waitFor();

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('button', { name: 'Log in with a passkey' }).click();
    await page.waitForURL(/\/security/);
    await passkeys.filter({ hasText: /last used (?!never)/ }).waitFor();
    assert.deepEqual(errors, []);
  });

  test('forgotten password: code, a recovery code as the second factor, a new password, signed in', async () => {
    await page.goto(`${site.origin}/forgot`);
    await page.getByLabel('Mobile number').fill(national);
    await page.getByRole('button', { name: 'Send code' }).click();
    lastCode = await codeFromInbox(first, site.origin, phone, lastCode);
    await page.getByLabel('Verification code').fill(lastCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('Your account has a second factor').waitFor();
    await page.getByLabel('Use a recovery code').check();
    await page.getByLabel('Recovery code', { exact: true }).fill(recoveryCode);
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await screenshot(page, 'forgot-factor-en');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.waitForURL(/\/security\?reset=1/);
    await page.getByText('Your password is changed, and every other session has ended.').waitFor();
    assert.deepEqual(errors, []);
  });

  test("phone change: the new number's code, then the old number's; export; a handle change refused by its yearly rule", async () => {
    const newPhone = uniquePhone();
    await page.goto(`${site.origin}/security`);
    await page.getByLabel('New mobile number').fill(newPhone.slice(3));
    await page.getByRole('button', { name: 'Change number' }).click();
    await page.getByLabel('Code sent to the new number').fill(await codeFromInbox(first, site.origin, newPhone));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByLabel('Text a code to my phone').check();
    await page.locator('.factor').getByRole('button', { name: 'Send code' }).click();
    await page.getByText('We sent a code to your phone.').waitFor();
    lastCode = await codeFromInbox(first, site.origin, phone, lastCode);
    await page.locator('.factor').getByLabel('Verification code').fill(lastCode);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/security\?phone=1/);
    await page.getByText('Your number is changed.').waitFor();
    await page
      .locator('dl.summary')
      .getByText(`+86 ${newPhone.slice(3, 6)}****${newPhone.slice(-4)}`)
      .waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    assert.match(readFileSync(file, 'utf8'), new RegExp(handle));

    await page.getByLabel('New handle').fill(`${handle}x`);
    await page.locator('section[aria-labelledby="s-handle-title"]').getByLabel('Current password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change handle' }).click();
    await page
      .locator('section[aria-labelledby="s-handle-title"] [role=alert]')
      .filter({ hasText: /Please wait/ })
      .waitFor();
    assert.deepEqual(errors, []);
  });

  test('freeze from the security center; the login offers to unfreeze, answered with the passkey', async () => {
    await page.goto(`${site.origin}/security`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Freeze my account' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Mobile number or handle').fill(handle);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.getByText('This account is frozen.').waitFor();
    await page.getByRole('button', { name: 'Unfreeze my account' }).click();
    await page.getByRole('button', { name: 'Use a passkey' }).click();
    await page.waitForURL(/\/security/);
    await page.locator('dl.summary').getByText('Active').waitFor();
    assert.deepEqual(errors, []);
  });

  test('language: picked from the browser, switchable, remembered; API errors in the same words', async () => {
    const zh = await newContext(browser, 'zh-HK');
    const hk = await zh.newPage();
    watchErrors(hk, errors);
    await hk.goto(`${site.origin}/login`);
    await hk.getByRole('heading', { name: '登入' }).waitFor();
    assert.equal(await hk.locator('html').getAttribute('lang'), 'zh-HK');
    await hk.getByLabel('電話號碼或用戶名稱').fill(handle);
    await hk.getByLabel('密碼', { exact: true }).fill('not-the-password');
    await hk.locator('form button[type=submit]').click();
    await hk.getByText('帳戶或密碼錯誤。').waitFor();

    await hk.getByLabel('語言').selectOption('zh-CN');
    await hk.getByRole('heading', { name: '登录' }).waitFor();
    await hk.getByText('账号或密码错误。').waitFor();
    assert.equal(await hk.locator('html').getAttribute('lang'), 'zh-CN');
    await hk.getByLabel('语言').selectOption('en');
    await hk.getByText('The account or password is incorrect.').waitFor();
    await hk.reload();
    await hk.getByRole('heading', { name: 'Log in' }).waitFor();
    await zh.close();
    assert.deepEqual(errors, []);
  });

  test('keyboard: a sensible tab order, Enter submits, and focus follows each step', async () => {
    const context = await newContext(browser, 'en-US');
    const kb = await context.newPage();
    await kb.goto(`${site.origin}/signup`);
    await kb.getByLabel('Mobile number').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await kb.keyboard.press('Tab');
      order.push(
        await kb.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
          return `${el.tagName.toLowerCase()}:${label ?? el.textContent ?? ''}`.trim();
        }),
      );
    }
    assert.deepEqual(order, [
      'a:Skip to content',
      'a:Tessera',
      'a:Log in',
      'a:Sign up',
      'a:Dev SMS inbox',
      'select:Language',
      'select:Country or region',
      'input:Mobile number',
    ]);
    await kb.keyboard.type(uniquePhone().slice(3));
    await kb.keyboard.press('Enter');
    await kb.getByLabel('Verification code').waitFor();
    assert.equal(await kb.evaluate(() => (document.activeElement as HTMLInputElement).autocomplete), 'one-time-code', 'the code field takes focus');
    await context.close();
  });

  test('every page in every language, photographed on a 360-pixel phone (and two on a desktop)', async () => {
    const signedIn = await first.cookies();
    for (const locale of LOCALES) {
      const context = await newContext(browser, locale);
      await context.addCookies(signedIn);
      const shot = await context.newPage();
      watchErrors(shot, errors);
      for (const [name, path] of Object.entries(PAGES)) {
        await shot.goto(`${site.origin}${path}`);
        await shot.locator('main h1').waitFor();
        assert.equal(await shot.locator('html').getAttribute('lang'), locale);
        // Nothing wider than the phone: no sideways scrolling at 360 pixels.
        assert.ok(await shot.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${locale} fits 360 px`);
        if (name === 'security') await shot.locator('section[aria-labelledby="s-events-title"] li').first().waitFor();
        if (name === 'dev-inbox') await shot.locator('ul.inbox li').first().waitFor();
        await screenshot(shot, `${name}-${locale}`);
      }
      await context.close();
    }
    const desktop = await newContext(browser, 'en-US', { width: 1280, height: 900 });
    await desktop.addCookies(signedIn);
    const wide = await desktop.newPage();
    for (const name of ['signup', 'security'] as const) {
      await wide.goto(`${site.origin}${PAGES[name]}`);
      await wide.locator('main h1').waitFor();
      if (name === 'security') await wide.locator('section[aria-labelledby="s-events-title"] li').first().waitFor();
      await screenshot(wide, `${name}-desktop-en`);
    }
    await desktop.close();
    assert.deepEqual(errors, []);
  });
});
