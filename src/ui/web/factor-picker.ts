/// <reference lib="dom" />
import { button, codeInput, field, messageArea } from './components.ts';
import { config } from './config.ts';
import { h, uid } from './dom.ts';
import { t, tx } from './i18n.ts';
import { usePasskey } from './webauthn.ts';

export type FactorMethod = 'sms' | 'totp' | 'passkey' | 'recovery_code';
export interface FactorAnswer {
  method: FactorMethod;
  code?: string;
  credential?: Record<string, unknown>;
}

interface Options {
  /** Sends the SMS code when the person picks `sms` (the old number in a phone change). */
  sendSms?: () => Promise<void>;
  /** WebAuthn request options bound to this flow, for `passkey`. */
  passkeyOptions?: () => Promise<unknown>;
}

/**
 * One proof among the account's methods, for flows that ask for it inside a larger form (a
 * recovery, a phone change): a radio group of the methods, the code field they need, and
 * `answer()` that yields what the API's `{method, code | credential}` wants.
 */
export function factorPicker(methods: FactorMethod[], options: Options = {}) {
  const usable = methods.filter((m) => m !== 'passkey' || options.passkeyOptions);
  const name = uid('factor');
  const group = h('fieldset', { class: 'methods-pick' }, h('legend', {}, tx('newDevice.intro')));
  const codeBox = h('div');
  const status = messageArea('status');
  const alert = messageArea();
  let chosen: FactorMethod = usable[0] ?? 'sms';
  let input: HTMLInputElement | null = null;

  const draw = () => {
    status.clear();
    alert.clear();
    input = null;
    if (chosen === 'passkey') return codeBox.replaceChildren();
    input =
      chosen === 'recovery_code'
        ? h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false', required: true, maxlength: 64 })
        : codeInput(chosen === 'sms' ? config.codeLength : 6);
    const label = chosen === 'sms' ? 'signup.code' : chosen === 'totp' ? 'newDevice.totp' : 'newDevice.recovery';
    const send =
      chosen === 'sms' && options.sendSms
        ? button('signup.sendCode', {
            class: 'secondary',
            onclick: async (e) => {
              const btn = e.currentTarget as HTMLButtonElement;
              btn.disabled = true;
              try {
                await options.sendSms!();
                status.show(() => t('newDevice.smsSent'), 'info');
              } catch (err) {
                alert.error(err);
              }
              btn.disabled = false;
            },
          })
        : null;
    codeBox.replaceChildren(field(label, input).root, ...(send ? [send] : []), status.el, alert.el);
  };

  for (const method of usable) {
    const id = `${name}-${method}`;
    const radio = h('input', { type: 'radio', name, id, value: method });
    radio.checked = method === chosen;
    radio.addEventListener('change', () => {
      chosen = method;
      draw();
    });
    group.append(h('div', { class: 'check' }, radio, h('label', { for: id }, tx(`method.${method}`))));
  }
  draw();

  return {
    root: h('div', { class: 'factor' }, usable.length > 1 ? group : h('p', {}, tx(`method.${chosen}`)), codeBox),
    async answer(): Promise<FactorAnswer> {
      if (chosen === 'passkey') return { method: 'passkey', credential: await usePasskey(await options.passkeyOptions!()) };
      return { method: chosen, code: input?.value.trim() ?? '' };
    },
  };
}
