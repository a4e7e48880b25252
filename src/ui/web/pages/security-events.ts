/// <reference lib="dom" />
import { UI_STRINGS, type UiKey } from '../../catalogue/index.ts';
import { client, ok } from '../api.ts';
import { h } from '../dom.ts';
import { formatDate, live, t } from '../i18n.ts';
import { section } from '../page.ts';
import { reloadingList } from './security.ts';

interface EventRow {
  id: string;
  action: string;
  outcome: string;
  ip: string | null;
  createdAt: string;
}

/** An audit action in words when the catalogue knows it, else its code (new actions still show). */
function actionText(action: string): string {
  const key = `event.${action}`;
  return Object.hasOwn(UI_STRINGS, key) ? t(key as UiKey) : action;
}

export function eventsSection(): HTMLElement {
  const list = reloadingList<EventRow>(
    async () => (await ok(client.GET('/v1/me/security-events'))).events,
    (e) =>
      h(
        'li',
        { 'data-action': e.action },
        h(
          'div',
          {},
          h(
            'strong',
            {},
            live(() => `${actionText(e.action)}${e.outcome === 'failure' ? ` ${t('events.failure')}` : ''}`),
          ),
          h(
            'p',
            { class: 'meta' },
            live(() => `${formatDate(e.createdAt)}${e.ip ? ` · IP ${e.ip}` : ''}`),
          ),
        ),
      ),
    () => t('events.none'),
  );
  void list.reload();
  return section('events.title', list.el);
}
