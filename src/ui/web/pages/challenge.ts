/// <reference lib="dom" />
import { client, ok } from '../api.ts';
import { codeInput, field, form, messageArea } from '../components.ts';
import { config } from '../config.ts';
import { deviceName } from '../device.ts';
import { focusFirst, h } from '../dom.ts';
import { t, tx } from '../i18n.ts';
import { usePasskey } from '../webauthn.ts';

export type Method = 'sms' | 'totp' | 'passkey' | 'recovery_code';
export interface Challenge {
  challengeId: string;
  methods: Method[];
}

/** The new-device step: the account's own methods (its second factors, or SMS when it has none). */
export function challengeStep(challenge: Challenge, done: (call: () => Promise<unknown>) => Promise<void>): HTMLElement {
  const root = h('div', { class: 'challenge' });
  const path = { id: challenge.challengeId };
  const verify = (body: { method: Method; code?: string; credential?: Record<string, unknown> }) =>
    done(() => ok(client.POST('/v1/challenges/{id}/verify', { params: { path }, body: { ...body, deviceName: deviceName() } })));

  const choose = () => {
    const alert = messageArea();
    const list = h(
      'div',
      { class: 'methods' },
      ...challenge.methods.map((m) => h('button', { type: 'button', class: 'secondary wide', 'data-method': m, onclick: () => open(m) }, tx(`method.${m}`))),
    );
    root.replaceChildren(h('h2', { tabindex: '-1' }, tx('newDevice.title')), h('p', {}, tx('newDevice.intro')), list, alert.el);
  };

  const open = async (method: Method) => {
    const alert = messageArea();
    const back =
      challenge.methods.length > 1
        ? h(
            'button',
            {
              type: 'button',
              class: 'linkish',
              onclick: () => {
                choose();
                focusFirst(root);
              },
            },
            tx('newDevice.other'),
          )
        : null;
    if (method === 'passkey') {
      const retry = h('button', { type: 'button', onclick: () => void open('passkey') }, tx('method.passkey'));
      root.replaceChildren(h('h2', { tabindex: '-1' }, tx('newDevice.title')), alert.el, retry, ...(back ? [back] : []));
      try {
        const sent = await ok(client.POST('/v1/challenges/{id}/send', { params: { path }, body: { method: 'passkey' } }));
        if (sent.method === 'passkey') await verify({ method: 'passkey', credential: await usePasskey(sent.options) });
      } catch (err) {
        alert.error(err);
      }
      return;
    }
    const sent = messageArea('status');
    if (method === 'sms') {
      try {
        await ok(client.POST('/v1/challenges/{id}/send', { params: { path }, body: { method: 'sms' } }));
        sent.show(() => t('newDevice.smsSent'), 'info');
      } catch (err) {
        alert.error(err);
      }
    }
    const input =
      method === 'recovery_code'
        ? h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: true, maxlength: 64 })
        : codeInput(method === 'sms' ? config.codeLength : 6);
    const label = method === 'sms' ? 'signup.code' : method === 'totp' ? 'newDevice.totp' : 'newDevice.recovery';
    const hint = method === 'totp' ? tx('newDevice.totpHint') : method === 'recovery_code' ? tx('newDevice.recoveryHint') : undefined;
    const content = form(
      async () => {
        alert.clear();
        try {
          await verify({ method, code: input.value.trim() });
        } catch (err) {
          alert.error(err);
          input.select();
        }
      },
      h('h2', { tabindex: '-1' }, tx(`method.${method}`)),
      sent.el,
      field(label, input, hint).root,
      alert.el,
      h('button', { type: 'submit' }, tx('common.continue')),
      back,
    );
    root.replaceChildren(content);
    input.focus();
  };

  if (challenge.methods.length === 1) void open(challenge.methods[0] as Method);
  else choose();
  return root;
}
