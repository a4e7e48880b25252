/// <reference lib="dom" />
import { ApiError, client, ok } from '../api.ts';
import { codeInput, describe, field, form, messageArea, passwordInput } from '../components.ts';
import { config } from '../config.ts';
import { deviceName } from '../device.ts';
import { focusFirst, h } from '../dom.ts';
import { t, tx } from '../i18n.ts';
import { heading } from '../page.ts';
import { phoneInput } from '../phone-input.ts';
import { strengthMeter } from '../strength-meter.ts';
import { factorPicker, type FactorMethod } from '../factor-picker.ts';
import { finishLogin } from './login.ts';

interface Recovery {
  id: string;
  phone: { e164?: string; masked: string };
}
interface Verified {
  secondFactorRequired: boolean;
  methods: string[];
}

/** Forgotten password: a code to the number → (a second factor, if the account has one) → a new password, signed in. */
export function forgotPage(root: HTMLElement): void {
  const box = h('div');
  root.append(heading('forgot.title'), box, h('p', { class: 'aside' }, h('a', { href: '/login', 'data-page': '1' }, tx('nav.login'))));
  const show = (content: HTMLElement) => {
    box.replaceChildren(content);
    focusFirst(content);
  };

  const phone = phoneInput('signup.phone');
  const alert = messageArea();
  box.append(
    form(
      async () => {
        alert.clear();
        phone.number.error(null);
        try {
          const flow = await ok(client.POST('/v1/recoveries', { body: { ...phone.value(), deviceName: deviceName() } }));
          show(codeStep(flow));
        } catch (err) {
          if (err instanceof ApiError && err.code === 'not_found') alert.show(() => t('common.unavailable'));
          else if (err instanceof ApiError && (err.code.startsWith('phone_') || err.code === 'region_not_supported')) phone.number.error(describe(err));
          else alert.error(err);
        }
      },
      h('p', {}, tx('forgot.intro')),
      phone.root,
      alert.el,
      h('button', { type: 'submit' }, tx('signup.sendCode')),
    ),
  );

  function codeStep(flow: Recovery): HTMLElement {
    const path = { id: flow.id };
    const input = codeInput(config.codeLength);
    const code = field('signup.code', input);
    return form(
      async () => {
        code.error(null);
        try {
          const verified = await ok(client.POST('/v1/recoveries/{id}/verify', { params: { path }, body: { code: input.value.trim() } }));
          show(passwordStep(flow, verified));
        } catch (err) {
          code.error(describe(err));
          input.select();
        }
      },
      h('p', { role: 'status' }, tx('login.codeSent', { phone: flow.phone.masked })),
      code.root,
      h('button', { type: 'submit' }, tx('signup.verify')),
    );
  }

  function passwordStep(flow: Recovery, verified: Verified): HTMLElement {
    const path = { id: flow.id };
    const { input: password, toggle } = passwordInput('new-password');
    const pw = field('forgot.newPassword', password, tx('signup.passwordHint', { min: config.password.minLength }));
    const meter = strengthMeter(password, () => ({ phone: flow.phone.e164 }));
    const alert = messageArea();
    const factor = verified.secondFactorRequired
      ? factorPicker(verified.methods as FactorMethod[], {
          passkeyOptions: async () => (await ok(client.POST('/v1/recoveries/{id}/passkey-options', { params: { path }, body: {} }))).options,
        })
      : null;
    return form(
      async () => {
        alert.clear();
        pw.error(null);
        try {
          const proof = factor ? await factor.answer() : {};
          await finishLogin(
            box,
            () =>
              ok(
                client.POST('/v1/recoveries/{id}/complete', {
                  params: { path },
                  body: { newPassword: password.value, deviceName: deviceName(), ...proof },
                }),
              ),
            '/security?reset=1',
          );
        } catch (err) {
          if (err instanceof ApiError && err.code.startsWith('password_')) pw.error(describe(err));
          else alert.error(err);
        }
      },
      pw.root,
      toggle,
      meter,
      factor ? h('div', {}, h('p', {}, tx('forgot.factor')), factor.root) : null,
      alert.el,
      h('button', { type: 'submit' }, tx('forgot.submit')),
    );
  }
}
