/// <reference lib="dom" />
import { ApiError, client, ok } from '../api.ts';
import { codeInput, describe, field, form, messageArea, passwordInput } from '../components.ts';
import { config } from '../config.ts';
import { clientTime, deviceName } from '../device.ts';
import { focusFirst, h } from '../dom.ts';
import { bind, t, tx } from '../i18n.ts';
import { heading } from '../page.ts';
import { phoneInput } from '../phone-input.ts';
import { navigate } from '../router.ts';
import { setAccount } from '../state.ts';
import { strengthMeter } from '../strength-meter.ts';
import { handleInput } from './handle-field.ts';
import { finishLogin } from './login.ts';

interface Flow {
  id: string;
  phone: { e164: string; masked: string };
  resendAt: string;
  code: { length: number };
  delivery: { status: 'queued' | 'sent' | 'delivered' | 'failed' };
}

/** Sign up: the number and its region → the SMS code → password, handle and terms. */
export function signupPage(root: HTMLElement): void {
  const stepLabel = h('p', { class: 'step' });
  const box = h('div');
  let step = 1;
  bind(() => {
    stepLabel.textContent = t('signup.step', { n: step });
  });
  let drawn = false;
  const show = (n: number, content: HTMLElement) => {
    step = n;
    stepLabel.textContent = t('signup.step', { n });
    box.replaceChildren(content);
    // Each new step takes focus, except the first one a page opens with.
    if (drawn) focusFirst(content);
    drawn = true;
  };
  root.append(
    heading('signup.title'),
    stepLabel,
    box,
    h('p', { class: 'aside' }, tx('signup.haveAccount'), ' ', h('a', { href: '/login', 'data-page': '1' }, tx('nav.login'))),
  );
  const start = (): void =>
    show(
      1,
      phoneStep((flow) => show(2, codeStep(flow, start))),
    );
  start();

  function phoneStep(next: (flow: Flow) => void): HTMLElement {
    const phone = phoneInput('signup.phone', tx('signup.phoneHint', { length: config.codeLength }));
    const alert = messageArea();
    return form(
      async () => {
        alert.clear();
        phone.number.error(null);
        try {
          const flow = await ok(client.POST('/v1/registrations', { body: { ...phone.value(), deviceName: deviceName(), clientTime: clientTime() } }));
          next(flow);
        } catch (err) {
          if (err instanceof ApiError && (err.code.startsWith('phone_') || err.code === 'region_not_supported')) {
            phone.number.error(describe(err));
            phone.number.input.focus();
          } else alert.error(err);
        }
      },
      phone.root,
      alert.el,
      h('button', { type: 'submit' }, tx('signup.sendCode')),
    );
  }

  function codeStep(flow: Flow, restart: () => void): HTMLElement {
    const path = { id: flow.id };
    const input = codeInput(flow.code.length);
    const code = field('signup.code', input);
    const alert = messageArea();
    const delivery = h('p', { class: 'delivery', role: 'status' });
    const resend = h('button', { type: 'button', class: 'secondary' });
    let resendAt = Date.parse(flow.resendAt);
    let status = flow.delivery.status;
    let alive = true;

    const drawResend = () => {
      const seconds = Math.ceil((resendAt - Date.now()) / 1000);
      resend.disabled = seconds > 0;
      resend.textContent = seconds > 0 ? t('signup.resendIn', { seconds }) : t('signup.resend');
    };
    bind(drawResend);
    bind(() => {
      delivery.textContent = t(`delivery.${status}`);
      delivery.dataset.status = status;
    });
    const tick = window.setInterval(() => {
      if (!box.isConnected || !alive) return window.clearInterval(tick);
      drawResend();
    }, 1000);
    // The delivery status, until the carrier answers: "delivered" or "failed: check the number".
    const poll = async () => {
      while (alive && box.isConnected && (status === 'queued' || status === 'sent')) {
        await new Promise((r) => setTimeout(r, 1500));
        try {
          status = (await ok(client.GET('/v1/registrations/{id}', { params: { path } }))).delivery.status;
          delivery.textContent = t(`delivery.${status}`);
          delivery.dataset.status = status;
        } catch {
          return;
        }
      }
    };
    void poll();

    resend.addEventListener('click', async () => {
      alert.clear();
      resend.disabled = true;
      try {
        const fresh = await ok(client.POST('/v1/registrations/{id}/resend', { params: { path }, body: { clientTime: clientTime() } }));
        resendAt = Date.parse(fresh.resendAt);
        status = fresh.delivery.status;
        delivery.textContent = t(`delivery.${status}`);
        void poll();
      } catch (err) {
        alert.error(err);
        const wait = (err as ApiError).details?.retryAfterSeconds;
        if (typeof wait === 'number') resendAt = Date.now() + wait * 1000;
      }
      drawResend();
    });

    const content = form(
      async () => {
        alert.clear();
        code.error(null);
        try {
          const result = await ok(
            client.POST('/v1/registrations/{id}/verify', {
              params: { path },
              body: { code: input.value.trim(), clientTime: clientTime() },
            }),
          );
          alive = false;
          if (result.phoneRegistered) show(2, registeredStep(flow));
          else show(3, accountStep(flow));
        } catch (err) {
          code.error(describe(err));
          input.select();
        }
      },
      h('p', {}, tx('signup.codeSentTo', { phone: flow.phone.masked })),
      delivery,
      code.root,
      alert.el,
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, tx('signup.verify')), resend),
      h(
        'button',
        {
          type: 'button',
          class: 'linkish',
          onclick: () => {
            alive = false;
            restart();
          },
        },
        tx('signup.changeNumber'),
      ),
    );
    return content;
  }

  function registeredStep(flow: Flow): HTMLElement {
    const alert = messageArea();
    return form(
      async () => {
        alert.clear();
        try {
          await finishLogin(box, () =>
            ok(
              client.POST('/v1/registrations/{id}/login', {
                params: { path: { id: flow.id } },
                body: { deviceName: deviceName(), clientTime: clientTime() },
              }),
            ),
          );
        } catch (err) {
          alert.error(err);
        }
      },
      h('p', { class: 'message', 'data-tone': 'info' }, tx('signup.phoneRegistered')),
      alert.el,
      h('button', { type: 'submit' }, tx('signup.loginInstead')),
    );
  }

  function accountStep(flow: Flow): HTMLElement {
    const { input: password, toggle } = passwordInput('new-password');
    const pw = field('signup.password', password, tx('signup.passwordHint', { min: config.password.minLength }));
    const handle = handleInput();
    const display = field(
      h('span', {}, tx('signup.displayName'), ' ', tx('common.optional')),
      h('input', { type: 'text', autocomplete: 'nickname', maxlength: 64 }),
    );
    const terms = h('input', { type: 'checkbox', id: 'terms', required: true });
    const termsError = h('p', { class: 'field-error', id: 'terms-err', hidden: true });
    terms.setAttribute('aria-describedby', 'terms-err');
    const alert = messageArea();
    const meter = strengthMeter(password, () => ({ phone: flow.phone.e164, handle: handle.input.value.trim() || undefined }));
    return form(
      async () => {
        alert.clear();
        pw.error(null);
        handle.field.error(null);
        termsError.hidden = true;
        if (!terms.checked) {
          bind(() => {
            termsError.textContent = t('signup.termsRequired');
          });
          termsError.hidden = false;
          terms.focus();
          return;
        }
        try {
          const name = (display.input as HTMLInputElement).value.trim();
          const grant = await ok(
            client.POST('/v1/registrations/{id}/complete', {
              params: { path: { id: flow.id } },
              body: {
                password: password.value,
                acceptTerms: true,
                deviceName: deviceName(),
                clientTime: clientTime(),
                ...(handle.input.value.trim() ? { handle: handle.input.value.trim() } : {}),
                ...(name ? { displayName: name } : {}),
              },
            }),
          );
          setAccount(grant.account);
          navigate('/security?welcome=1');
        } catch (err) {
          const code = err instanceof ApiError ? err.code : '';
          if (code.startsWith('password_')) {
            pw.error(describe(err));
            password.focus();
          } else if (code.startsWith('handle_')) {
            handle.showRefusal(err as ApiError);
            handle.input.focus();
          } else alert.error(err);
        }
      },
      pw.root,
      toggle,
      meter,
      handle.root,
      display.root,
      h('div', { class: 'check' }, terms, h('label', { for: 'terms' }, tx('signup.terms'))),
      termsError,
      alert.el,
      h('button', { type: 'submit' }, tx('signup.create')),
    );
  }
}
