/// <reference lib="dom" />
import type { UiKey } from '../catalogue/index.ts';
import { config } from './config.ts';
import { h } from './dom.ts';
import { bind, t, tx } from './i18n.ts';

/** The page's h1; the document title follows it (and the language). */
export function heading(key: UiKey): HTMLHeadingElement {
  bind(() => {
    document.title = `${t(key)} · ${config.appName}`;
  });
  return h('h1', { tabindex: '-1' }, tx(key));
}

export function section(titleKey: UiKey, ...children: (Node | null)[]): HTMLElement {
  const id = `s-${titleKey.replace(/\W/g, '-')}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, tx(titleKey)), ...children);
}
