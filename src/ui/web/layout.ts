/// <reference lib="dom" />
import type { Locale } from '../../core/locale.ts';
import { client, hooks, ok } from './api.ts';
import { field, form, messageArea, passwordInput } from './components.ts';
import { config } from './config.ts';
import { h } from './dom.ts';
import { asLayout, bindAttr, errorMessage, live, locale, locales, setLocale, t, tx } from './i18n.ts';
import { navigate } from './router.ts';
import { onAccount, setAccount, signedIn } from './state.ts';

const link = (path: string, key: Parameters<typeof tx>[0]) => h('a', { href: path, 'data-page': '1' }, tx(key));

function languageSwitch(): HTMLElement {
  const select = h('select', { id: 'lang', autocomplete: 'off' });
  for (const code of locales) {
    const option = h('option', { value: code, lang: code }, tx(`lang.${code}` as const));
    option.selected = code === locale();
    select.append(option);
  }
  select.addEventListener('change', () => setLocale(select.value as Locale));
  return h('div', { class: 'lang' }, h('label', { for: 'lang' }, tx('lang.label')), select);
}

function nav(): HTMLElement {
  const list = h('ul');
  const draw = () => {
    const items = signedIn()
      ? [link('/security', 'nav.security'), h('button', { type: 'button', class: 'linkish', onclick: logout }, tx('nav.logout'))]
      : [link('/login', 'nav.login'), link('/signup', 'nav.signup')];
    if (config.dev) items.push(link('/dev/inbox', 'nav.inbox'));
    list.replaceChildren(...items.map((item) => h('li', {}, item)));
  };
  asLayout(draw);
  onAccount(() => asLayout(draw));
  const el = h('nav', {}, list);
  bindAttr(el, 'aria-label', () => t('nav.main'));
  return el;
}

async function logout(): Promise<void> {
  try {
    await ok(client.DELETE('/v1/session'));
  } finally {
    setAccount(null);
    navigate('/login');
  }
}

/** The password prompt that `reauthentication_required` opens; resolves true once the API accepted it. */
function reauthDialog(): { el: HTMLDialogElement; ask: () => Promise<boolean> } {
  const dialog = h('dialog', { 'aria-labelledby': 'reauth-title' });
  return {
    el: dialog,
    ask: () =>
      new Promise<boolean>((resolve) => {
        const { input, toggle } = passwordInput('current-password');
        const alert = messageArea();
        let done = false;
        const finish = (ok: boolean) => {
          if (done) return;
          done = true;
          dialog.close();
          resolve(ok);
        };
        const body = form(
          async () => {
            alert.clear();
            try {
              await ok(client.POST('/v1/me/reauthenticate', { body: { password: input.value } }));
              finish(true);
            } catch (err) {
              alert.error(err);
              input.focus();
            }
          },
          h('h2', { id: 'reauth-title' }, tx('reauth.title')),
          h(
            'p',
            { class: 'hint' },
            live(() => errorMessage('reauthentication_required')),
          ),
          field('reauth.password', input).root,
          toggle,
          alert.el,
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'submit' }, tx('common.confirm')),
            h('button', { type: 'button', class: 'secondary', onclick: () => finish(false) }, tx('common.cancel')),
          ),
        );
        dialog.replaceChildren(body);
        dialog.addEventListener('cancel', () => finish(false), { once: true });
        dialog.showModal();
        input.focus();
      }),
  };
}

/** Header (name, navigation, language), the main region pages draw into, and the shared notices. */
export function layout(app: HTMLElement): HTMLElement {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const notice = messageArea('status');
  const reauth = reauthDialog();
  asLayout(() => {
    const skip = h('a', { href: '#main', class: 'skip' }, tx('nav.skip'));
    const header = h('header', {}, h('a', { href: '/', 'data-page': '1', class: 'brand' }, config.appName), nav(), languageSwitch());
    app.replaceChildren(skip, header, notice.el, main, reauth.el);
  });
  hooks.reauthenticate = reauth.ask;
  hooks.powBusy = (on) => (on ? asLayout(() => notice.show(() => t('common.pow'))) : notice.clear());
  hooks.hint = (hint) => {
    if (hint.code !== 'clock_skew') return;
    const minutes = Math.round(Math.abs(Number(hint.skewSeconds)) / 60);
    asLayout(() => notice.show(() => t('common.clockSkew', { minutes })));
  };
  return main;
}
