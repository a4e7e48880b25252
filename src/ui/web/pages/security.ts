/// <reference lib="dom" />
import { ApiError, client, ok } from '../api.ts';
import { messageArea, type MessageArea } from '../components.ts';
import { h } from '../dom.ts';
import { bindAttr, formatDate, live, t, tx } from '../i18n.ts';
import { heading, section } from '../page.ts';
import { navigate } from '../router.ts';
import { refreshAccount, type Account } from '../state.ts';
import { accountSections } from './security-account.ts';
import { eventsSection } from './security-events.ts';
import { factorSections } from './security-factors.ts';

interface SessionRow {
  id: string;
  current: boolean;
  deviceName: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
}
interface DeviceRow {
  id: string;
  name: string | null;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
}

/** A list that reloads itself after a change; each row may carry one action button. */
export function reloadingList<T>(
  load: () => Promise<T[]>,
  row: (item: T, reload: () => Promise<void>, alert: MessageArea) => HTMLElement,
  empty?: () => string,
) {
  const list = h('ul', { class: 'rows' });
  const alert = messageArea();
  const reload = async () => {
    try {
      const items = await load();
      list.replaceChildren(...(items.length ? items.map((item) => row(item, reload, alert)) : empty ? [h('li', { class: 'empty' }, live(empty))] : []));
    } catch (err) {
      alert.error(err);
    }
  };
  return { el: h('div', {}, list, alert.el), reload, alert };
}

/** A row's action: runs the API call, then reloads the list; failures show under the list. */
export function rowAction(key: Parameters<typeof tx>[0], label: string, run: () => Promise<unknown>, after: () => Promise<void>, alert: MessageArea) {
  const btn = h(
    'button',
    {
      type: 'button',
      class: 'secondary small',
      onclick: async (e: Event) => {
        const btn = e.currentTarget as HTMLButtonElement;
        btn.disabled = true;
        alert.clear();
        try {
          await run();
          await after();
        } catch (err) {
          btn.disabled = false;
          alert.error(err);
        }
      },
    },
    tx(key),
  );
  bindAttr(btn, 'aria-label', () => `${t(key)}: ${label}`);
  return btn;
}

function summary(account: Account): HTMLElement {
  const dl = h('dl', { class: 'summary' });
  const add = (key: Parameters<typeof tx>[0], value: Node) => dl.append(h('dt', {}, tx(key)), h('dd', {}, value));
  add('account.handle', document.createTextNode(account.handle));
  if (account.phone) add('account.phone', document.createTextNode(account.phone.masked));
  add('account.status', tx(`status.${account.status}`));
  add(
    'account.since',
    live(() => formatDate(account.createdAt)),
  );
  return dl;
}

function sessionsSection(): HTMLElement {
  const sessions = reloadingList<SessionRow>(
    async () => (await ok(client.GET('/v1/me/sessions'))).sessions,
    (s, reload, alert) =>
      h(
        'li',
        { 'data-current': String(s.current) },
        h(
          'div',
          {},
          h('strong', {}, s.deviceName ?? live(() => t('sessions.unnamed'))),
          s.current ? h('span', { class: 'badge' }, tx('sessions.current')) : null,
          h(
            'p',
            { class: 'meta' },
            live(() => t('sessions.detail', { time: formatDate(s.lastSeenAt), ip: s.ip ?? '' })),
          ),
        ),
        s.current
          ? null
          : rowAction(
              'sessions.revoke',
              s.deviceName ?? '',
              () => ok(client.DELETE('/v1/me/sessions/{id}', { params: { path: { id: s.id } } })),
              reload,
              alert,
            ),
      ),
  );
  void sessions.reload();
  return section('sessions.title', sessions.el);
}

function devicesSection(): HTMLElement {
  const devices = reloadingList<DeviceRow>(
    async () => (await ok(client.GET('/v1/me/devices'))).devices,
    (d, reload, alert) =>
      h(
        'li',
        {},
        h(
          'div',
          {},
          h('strong', {}, d.name ?? live(() => t('sessions.unnamed'))),
          d.current ? h('span', { class: 'badge' }, tx('sessions.current')) : null,
          h(
            'p',
            { class: 'meta' },
            live(() => t('devices.detail', { created: formatDate(d.createdAt), time: formatDate(d.lastSeenAt) })),
          ),
        ),
        d.current
          ? null
          : rowAction('devices.forget', d.name ?? '', () => ok(client.DELETE('/v1/me/devices/{id}', { params: { path: { id: d.id } } })), reload, alert),
      ),
  );
  void devices.reload();
  return section('devices.title', h('p', { class: 'hint' }, tx('devices.hint')), devices.el);
}

/** The security center: the account, where it is signed in, its factors, changes, and its log. */
export async function securityPage(root: HTMLElement): Promise<void> {
  let account: Account | null;
  try {
    account = await refreshAccount();
  } catch (err) {
    if (err instanceof ApiError) account = null;
    else throw err;
  }
  if (!account) return navigate('/login', true);
  const welcome = messageArea('status');
  const query = new URLSearchParams(location.search);
  if (query.has('welcome')) welcome.show(() => t('signup.welcome', { handle: account.handle }), 'ok');
  if (query.has('reset')) welcome.show(() => t('forgot.done'), 'ok');
  if (query.has('handle')) welcome.show(() => t('handle.changed', { handle: account.handle }), 'ok');
  if (query.has('phone')) welcome.show(() => t('phone.changed'), 'ok');
  const deletion = query.get('deletion');
  if (deletion && !Number.isNaN(Date.parse(deletion))) welcome.show(() => t('delete.scheduled', { date: formatDate(deletion) }), 'info');
  root.append(
    heading('security.title'),
    welcome.el,
    summary(account),
    sessionsSection(),
    devicesSection(),
    ...factorSections(),
    ...accountSections(account),
    eventsSection(),
  );
}
