/// <reference lib="dom" />
import { ApiError, client, ok } from '../api.ts';
import { codeInput, describe, field, form, messageArea, passwordInput } from '../components.ts';
import { config } from '../config.ts';
import { deviceName } from '../device.ts';
import { focusFirst, h } from '../dom.ts';
import { tx } from '../i18n.ts';
import { heading } from '../page.ts';
import { phoneInput } from '../phone-input.ts';
import { navigate } from '../router.ts';
import { setAccount, type Account } from '../state.ts';
import { passkeysSupported, usePasskey } from '../webauthn.ts';
import { challengeStep, type Challenge } from './challenge.ts';

/**
 * Runs a call that grants a session. On `verification_required` (a new device) the challenge
 * step takes over `box`; on success the account is signed in and the security center opens.
 */
export async function finishLogin(box: HTMLElement, call: () => Promise<unknown>, next = '/security'): Promise<void> {
  try {
    const grant = (await call()) as { account: Account };
    setAccount(grant.account);
    navigate(next);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'verification_required') throw err;
    const content = challengeStep(err.details as unknown as Challenge, (again) => finishLogin(box, again, next));
    box.replaceChildren(content);
    focusFirst(content);
  }
}

export function loginPage(root: HTMLElement): void {
  const box = h('div');
  const pick = h('fieldset', { class: 'segmented' }, h('legend', {}, tx('login.ways')));
  const panel = h('div');
  for (const [value, key] of [
    ['password', 'login.tabPassword'],
    ['code', 'login.tabCode'],
  ] as const) {
    const radio = h('input', { type: 'radio', name: 'way', value, id: `way-${value}` });
    radio.checked = value === 'password';
    radio.addEventListener('change', () => panel.replaceChildren(value === 'password' ? passwordForm(box) : codeForm(box)));
    pick.append(h('span', {}, radio, h('label', { for: `way-${value}` }, tx(key))));
  }
  panel.append(passwordForm(box));
  const passkeyAlert = messageArea();
  const passkey = passkeysSupported()
    ? h(
        'button',
        { type: 'button', class: 'secondary wide', onclick: (e) => void passkeyLogin(box, e.currentTarget as HTMLButtonElement, passkeyAlert) },
        tx('login.passkey'),
      )
    : null;
  box.append(pick, panel, h('div', { class: 'or' }, passkey, passkeyAlert.el));
  root.append(
    heading('login.title'),
    box,
    h('p', { class: 'aside' }, h('a', { href: '/forgot', 'data-page': '1' }, tx('login.forgot'))),
    h('p', { class: 'aside' }, tx('login.noAccount'), ' ', h('a', { href: '/signup', 'data-page': '1' }, tx('nav.signup'))),
  );
}

function passwordForm(box: HTMLElement): HTMLElement {
  const identifier = field(
    'login.identifier',
    h('input', { type: 'text', autocomplete: 'username', required: true, maxlength: 64, autocapitalize: 'none' }),
    tx('login.identifierHint'),
  );
  const { input: password, toggle } = passwordInput('current-password');
  const alert = messageArea();
  const credentials = () => ({ identifier: identifier.input.value.trim(), password: password.value, deviceName: deviceName() });
  // A frozen account is unfrozen by proving it is you again (SMS or a second factor), then it is signed in.
  const unfreeze = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      hidden: true,
      onclick: async () => {
        alert.clear();
        try {
          await finishLogin(box, () => ok(client.POST('/v1/account-unfreezes', { body: credentials() })));
        } catch (err) {
          alert.error(err);
        }
      },
    },
    tx('login.unfreeze'),
  );
  return form(
    async () => {
      alert.clear();
      unfreeze.hidden = true;
      try {
        await finishLogin(box, () => ok(client.POST('/v1/sessions', { body: credentials() })));
      } catch (err) {
        alert.error(err);
        if (err instanceof ApiError && err.code === 'account_frozen') unfreeze.hidden = false;
        else password.select();
      }
    },
    identifier.root,
    field('login.password', password).root,
    toggle,
    alert.el,
    h('button', { type: 'submit' }, tx('login.submit')),
    unfreeze,
  );
}

function codeForm(box: HTMLElement): HTMLElement {
  const phone = phoneInput('signup.phone');
  const alert = messageArea();
  const holder = h('div');
  const start = form(
    async () => {
      alert.clear();
      try {
        const flow = await ok(client.POST('/v1/login-codes', { body: phone.value() }));
        const input = codeInput(config.codeLength);
        const codeAlert = messageArea();
        const step = form(
          async () => {
            codeAlert.clear();
            try {
              await finishLogin(box, () =>
                ok(
                  client.POST('/v1/login-codes/{id}/verify', {
                    params: { path: { id: flow.id } },
                    body: { code: input.value.trim(), deviceName: deviceName() },
                  }),
                ),
              );
            } catch (err) {
              codeAlert.error(err);
              input.select();
            }
          },
          h('p', { role: 'status' }, tx('login.codeSent', { phone: flow.phone.masked })),
          field('signup.code', input).root,
          codeAlert.el,
          h('button', { type: 'submit' }, tx('login.submit')),
        );
        holder.replaceChildren(step);
        input.focus();
      } catch (err) {
        if (err instanceof ApiError && (err.code.startsWith('phone_') || err.code === 'region_not_supported')) phone.number.error(describe(err));
        else alert.error(err);
      }
    },
    phone.root,
    alert.el,
    h('button', { type: 'submit' }, tx('signup.sendCode')),
  );
  return h('div', {}, start, holder);
}

async function passkeyLogin(box: HTMLElement, btn: HTMLButtonElement, alert: ReturnType<typeof messageArea>): Promise<void> {
  alert.clear();
  btn.disabled = true;
  try {
    const start = await ok(client.POST('/v1/passkeys/login/options', { body: {} }));
    const credential = await usePasskey(start.options);
    await finishLogin(box, () => ok(client.POST('/v1/passkeys/login', { body: { challengeId: start.challengeId, credential, deviceName: deviceName() } })));
  } catch (err) {
    alert.error(err);
  } finally {
    btn.disabled = false;
  }
}
