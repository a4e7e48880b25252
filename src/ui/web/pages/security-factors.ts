/// <reference lib="dom" />
import { client, ok } from '../api.ts';
import { button, codeInput, field, form, messageArea } from '../components.ts';
import { deviceName } from '../device.ts';
import { h } from '../dom.ts';
import { bindAttr, formatDate, live, t, tx } from '../i18n.ts';
import { section } from '../page.ts';
import { createPasskey, passkeysSupported } from '../webauthn.ts';
import { reloadingList, rowAction } from './security.ts';

interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const factors = async (): Promise<string[]> => (await ok(client.GET('/v1/me/factors'))).methods;

/** The recovery codes, shown once, with a button that hides them. */
function recoveryCodes(codes: string[], done: () => void): HTMLElement {
  const box = h(
    'div',
    { class: 'recovery', role: 'group', 'aria-labelledby': 'rc-title' },
    h('h3', { id: 'rc-title', tabindex: '-1' }, tx('recovery.title')),
    h('p', {}, tx('recovery.intro')),
    h('ol', { class: 'codes' }, ...codes.map((c) => h('li', {}, h('code', {}, c)))),
    button('recovery.saved', {
      onclick: () => {
        box.remove();
        done();
      },
    }),
  );
  queueMicrotask(() => box.querySelector<HTMLElement>('h3')?.focus());
  return box;
}

function totpSection(): HTMLElement {
  const body = h('div');
  const alert = messageArea();
  const draw = async () => {
    alert.clear();
    let methods: string[];
    try {
      methods = await factors();
    } catch (err) {
      return alert.error(err);
    }
    const on = methods.includes('totp');
    const state = h('p', { class: 'state', 'data-on': String(on) }, tx(on ? 'totp.on' : 'totp.off'));
    if (on) {
      const input = codeInput(6);
      const off = form(
        async () => {
          alert.clear();
          try {
            await ok(client.DELETE('/v1/me/totp', { body: { code: input.value.trim() } }));
            await draw();
          } catch (err) {
            alert.error(err);
          }
        },
        field('totp.code', input).root,
        h('button', { type: 'submit', class: 'secondary' }, tx('totp.disable')),
      );
      const regenerate = button('recovery.regenerate', {
        class: 'secondary',
        onclick: async () => {
          alert.clear();
          try {
            const { recoveryCodes: codes } = await ok(client.POST('/v1/me/recovery-codes', { body: {} }));
            body.append(recoveryCodes(codes, () => {}));
          } catch (err) {
            alert.error(err);
          }
        },
      });
      body.replaceChildren(state, off, regenerate, alert.el);
    } else {
      body.replaceChildren(state, button('totp.enable', { onclick: (e) => void enrol(e.currentTarget as HTMLButtonElement) }), alert.el);
    }
  };
  const enrol = async (btn: HTMLButtonElement) => {
    alert.clear();
    btn.disabled = true;
    try {
      const setup = await ok(client.POST('/v1/me/totp', { body: {} }));
      const img = h('img', { src: setup.qr, width: 200, height: 200, class: 'qr' });
      bindAttr(img, 'alt', () => t('totp.qrAlt'));
      const input = codeInput(6);
      const confirm = form(
        async () => {
          alert.clear();
          try {
            const { recoveryCodes: codes } = await ok(client.POST('/v1/me/totp/confirm', { body: { code: input.value.trim() } }));
            await draw();
            body.append(recoveryCodes(codes, () => {}));
          } catch (err) {
            alert.error(err);
            input.select();
          }
        },
        h('p', {}, tx('totp.scan')),
        img,
        h('p', {}, tx('totp.secret'), ': ', h('code', { class: 'secret', 'data-secret': setup.secret }, setup.secret)),
        field('totp.code', input).root,
        alert.el,
        h('button', { type: 'submit' }, tx('totp.confirm')),
      );
      body.replaceChildren(confirm);
      input.focus();
    } catch (err) {
      btn.disabled = false;
      alert.error(err);
    }
  };
  void draw();
  return section('totp.title', body);
}

function passkeySection(): HTMLElement {
  const list = reloadingList<PasskeyRow>(
    async () => (await ok(client.GET('/v1/me/passkeys'))).passkeys,
    (p, reload, alert) =>
      h(
        'li',
        {},
        h(
          'div',
          {},
          h('strong', {}, p.name),
          h(
            'p',
            { class: 'meta' },
            live(() => t('passkeys.detail', { created: formatDate(p.createdAt), time: p.lastUsedAt ? formatDate(p.lastUsedAt) : t('passkeys.never') })),
          ),
        ),
        rowAction('common.remove', p.name, () => ok(client.DELETE('/v1/me/passkeys/{id}', { params: { path: { id: p.id } } })), reload, alert),
      ),
    () => t('passkeys.none'),
  );
  void list.reload();
  if (!passkeysSupported()) return section('passkeys.title', h('p', {}, tx('passkeys.unsupported')), list.el);
  const add = button('passkeys.add', {
    onclick: async (e) => {
      const btn = e.currentTarget as HTMLButtonElement;
      btn.disabled = true;
      list.alert.clear();
      try {
        const options = await ok(client.POST('/v1/me/passkeys/options', { body: {} }));
        const credential = await createPasskey(options);
        await ok(client.POST('/v1/me/passkeys', { body: { credential, name: deviceName() } }));
        await list.reload();
      } catch (err) {
        list.alert.error(err);
      } finally {
        btn.disabled = false;
      }
    },
  });
  return section('passkeys.title', list.el, add);
}

export function factorSections(): HTMLElement[] {
  return [totpSection(), passkeySection()];
}
