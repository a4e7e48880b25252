/// <reference lib="dom" />
import { ApiError, client, ok } from '../api.ts';
import { button, codeInput, describe, field, form, messageArea, passwordInput } from '../components.ts';
import { config } from '../config.ts';
import { h } from '../dom.ts';
import { t, tx } from '../i18n.ts';
import { factorPicker, type FactorMethod } from '../factor-picker.ts';
import { section } from '../page.ts';
import { phoneInput } from '../phone-input.ts';
import { navigate } from '../router.ts';
import { setAccount, type Account } from '../state.ts';
import { strengthMeter } from '../strength-meter.ts';
import { handleInput } from './handle-field.ts';

function passwordSection(account: Account): HTMLElement {
  const current = passwordInput('current-password');
  const next = passwordInput('new-password');
  const revoke = h('input', { type: 'checkbox', id: 'revoke-others' });
  revoke.checked = true;
  const alert = messageArea();
  const nextField = field('password.new', next.input);
  const meter = strengthMeter(next.input, () => ({ phone: account.phone?.e164, handle: account.handle }));
  const body = form(
    async () => {
      alert.clear();
      try {
        await ok(
          client.POST('/v1/me/password', {
            body: { currentPassword: current.input.value, newPassword: next.input.value, revokeOtherSessions: revoke.checked },
          }),
        );
        body.reset();
        meter.hidden = true;
        alert.show(() => t('password.changed'), 'ok');
      } catch (err) {
        alert.error(err);
      }
    },
    field('password.current', current.input).root,
    nextField.root,
    next.toggle,
    meter,
    h('div', { class: 'check' }, revoke, h('label', { for: 'revoke-others' }, tx('password.revokeOthers'))),
    alert.el,
    h('button', { type: 'submit' }, tx('password.change')),
  );
  return section('password.title', body);
}

function handleSection(): HTMLElement {
  const handle = handleInput('handle.new');
  const password = passwordInput('current-password');
  const alert = messageArea();
  const body = form(
    async () => {
      alert.clear();
      try {
        const { account } = await ok(client.PUT('/v1/me/handle', { body: { handle: handle.input.value.trim(), password: password.input.value } }));
        setAccount(account);
        navigate('/security?handle=1', true);
      } catch (err) {
        if (err instanceof ApiError && err.code.startsWith('handle_')) handle.showRefusal(err);
        else alert.error(err);
      }
    },
    handle.root,
    field('password.current', password.input).root,
    alert.el,
    h('button', { type: 'submit' }, tx('handle.change')),
  );
  return section('handle.title', body);
}

/** New number's code → proof of the old number (its code) or another factor → the number changes. */
function phoneSection(): HTMLElement {
  const box = h('div');
  const phone = phoneInput('phone.new');
  const alert = messageArea();
  box.append(
    form(
      async () => {
        alert.clear();
        phone.number.error(null);
        try {
          const flow = await ok(client.POST('/v1/me/phone-change', { body: phone.value() }));
          box.replaceChildren(verifyStep(flow));
        } catch (err) {
          if (err instanceof ApiError && (err.code.startsWith('phone_') || err.code === 'region_not_supported')) phone.number.error(describe(err));
          else alert.error(err);
        }
      },
      phone.root,
      alert.el,
      h('button', { type: 'submit' }, tx('phone.change')),
    ),
  );

  function verifyStep(flow: { id: string; phone: { masked: string } }): HTMLElement {
    const input = codeInput(config.codeLength);
    const code = field('phone.codeNew', input);
    const step = form(
      async () => {
        code.error(null);
        try {
          const { methods } = await ok(
            client.POST('/v1/me/phone-change/{id}/verify', {
              params: { path: { id: flow.id } },
              body: { code: input.value.trim() },
            }),
          );
          box.replaceChildren(proveStep(flow.id, methods));
        } catch (err) {
          code.error(describe(err));
        }
      },
      h('p', { role: 'status' }, tx('signup.codeSentTo', { phone: flow.phone.masked })),
      code.root,
      h('button', { type: 'submit' }, tx('signup.verify')),
    );
    queueMicrotask(() => input.focus());
    return step;
  }

  function proveStep(id: string, methods: FactorMethod[]): HTMLElement {
    const path = { id };
    const picker = factorPicker(methods, {
      sendSms: async () => {
        await ok(client.POST('/v1/me/phone-change/{id}/send-old', { params: { path }, body: {} }));
      },
      passkeyOptions: async () => (await ok(client.POST('/v1/me/phone-change/{id}/passkey-options', { params: { path }, body: {} }))).options,
    });
    const stepAlert = messageArea();
    return form(
      async () => {
        stepAlert.clear();
        try {
          const { account } = await ok(client.POST('/v1/me/phone-change/{id}/confirm', { params: { path }, body: { ...(await picker.answer()) } }));
          setAccount(account);
          navigate('/security?phone=1', true);
        } catch (err) {
          stepAlert.error(err);
        }
      },
      picker.root,
      stepAlert.el,
      h('button', { type: 'submit' }, tx('common.confirm')),
    );
  }
  return section('phone.title', box);
}

/** Export (a JSON download), freeze, and deletion with its 30-day grace (cancellable here or by logging in). */
function accountSection(account: Account): HTMLElement {
  const alert = messageArea();
  const exportButton = button('export.button', {
    class: 'secondary',
    onclick: async () => {
      alert.clear();
      try {
        const data = await ok(client.GET('/v1/me/export'));
        const link = h('a', {
          href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
          download: 'account-export.json',
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      } catch (err) {
        alert.error(err);
      }
    },
  });
  const freeze = button('freeze.button', {
    class: 'secondary danger',
    onclick: async () => {
      if (!window.confirm(t('freeze.confirm'))) return;
      alert.clear();
      try {
        await ok(client.POST('/v1/me/freeze', { body: {} }));
        setAccount(null);
        navigate('/login');
      } catch (err) {
        alert.error(err);
      }
    },
  });
  const pending = account.status === 'pending_deletion';
  const deletion = button(pending ? 'delete.cancel' : 'delete.button', {
    class: 'secondary danger',
    onclick: async () => {
      if (!pending && !window.confirm(t('delete.confirm'))) return;
      alert.clear();
      try {
        // Cancelling answers only a status; scheduling answers the date the account goes.
        let scheduledFor: string | undefined;
        if (pending) await ok(client.DELETE('/v1/me/deletion'));
        else scheduledFor = (await ok(client.POST('/v1/me/deletion', { body: {} }))).scheduledFor;
        navigate(scheduledFor ? `/security?deletion=${encodeURIComponent(scheduledFor)}` : '/security', true);
      } catch (err) {
        alert.error(err);
      }
    },
  });
  return section(
    'danger.title',
    pending ? h('p', { class: 'message', 'data-tone': 'error' }, tx('delete.pending')) : null,
    h('div', { class: 'actions' }, exportButton, freeze, deletion),
    alert.el,
  );
}

/** Password, handle and phone changes, export, freeze and deletion. */
export function accountSections(account: Account): HTMLElement[] {
  return [passwordSection(account), handleSection(), phoneSection(), accountSection(account)];
}
