/// <reference lib="dom" />
import { client, ok } from '../api.ts';
import { field, form, messageArea } from '../components.ts';
import { h } from '../dom.ts';
import { formatDate, live, t, tx } from '../i18n.ts';
import { heading } from '../page.ts';

/** The dev SMS inbox (dev mode only): what Tessera would have texted, newest first. */
export function inboxPage(root: HTMLElement): void {
  const to = h('input', { type: 'tel', autocomplete: 'off', maxlength: 32, placeholder: '+8613800138000' });
  const list = h('ul', { class: 'rows inbox' });
  const alert = messageArea();
  const load = async () => {
    alert.clear();
    try {
      const query = to.value.trim() ? { to: to.value.trim() } : {};
      const { messages } = await ok(client.GET('/_dev/sms', { params: { query } }));
      list.replaceChildren(
        ...(messages.length
          ? messages.map((m) =>
              h(
                'li',
                { 'data-to': m.to },
                h(
                  'div',
                  {},
                  h(
                    'p',
                    { class: 'meta' },
                    live(() => t('inbox.to', { to: m.to, time: formatDate(m.createdAt) })),
                  ),
                  h('pre', {}, m.text),
                ),
              ),
            )
          : [h('li', { class: 'empty' }, tx('inbox.empty'))]),
      );
    } catch (err) {
      alert.error(err);
    }
  };
  root.append(
    heading('inbox.title'),
    h('p', {}, tx('inbox.intro')),
    form(load, field('inbox.filter', to).root, h('button', { type: 'submit' }, tx('inbox.refresh'))),
    alert.el,
    list,
  );
  void load();
}
