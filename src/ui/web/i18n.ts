/// <reference lib="dom" />
import { LOCALES, isLocale, matchTag, type Locale } from '../../core/locale.ts';
import { errorText, uiText, type UiKey } from '../catalogue/index.ts';
import { config } from './config.ts';

const STORAGE_KEY = 'tessera.locale';
type Vars = Record<string, string | number>;

/** A saved choice first, then the browser's languages in order, then the deployment's default. */
function initialLocale(): Locale {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const match = matchTag(tag);
    if (match) return match;
  }
  return isLocale(config.defaultLocale) ? config.defaultLocale : 'en';
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let current: Locale = initialLocale();
document.documentElement.lang = current;

/** Updaters of every text on screen, run again when the language changes; a page's set is dropped when it goes. */
const layoutBindings: Array<() => void> = [];
let pageBindings: Array<() => void> = [];
let bindingTarget: 'layout' | 'page' = 'page';

export const locales = LOCALES;
export const locale = (): Locale => current;
export const t = (key: UiKey, vars?: Vars): string => uiText(key, current, vars);

export function bind(apply: () => void): void {
  apply();
  (bindingTarget === 'layout' ? layoutBindings : pageBindings).push(apply);
}

/** Runs `build` with its bindings kept for the life of the page (header, footer). */
export function asLayout<T>(build: () => T): T {
  const outer = bindingTarget;
  bindingTarget = 'layout';
  try {
    return build();
  } finally {
    bindingTarget = outer;
  }
}

export function resetPageBindings(): void {
  pageBindings = [];
}

/** A text node that follows the language. */
export function tx(key: UiKey, vars?: Vars | (() => Vars)): Text {
  const node = document.createTextNode('');
  bind(() => {
    node.data = t(key, typeof vars === 'function' ? vars() : vars);
  });
  return node;
}

/** A text node computed from the current language by `fn` (dates, numbers, composed lines). */
export function live(fn: () => string): Text {
  const node = document.createTextNode('');
  bind(() => {
    node.data = fn();
  });
  return node;
}

export function bindAttr(el: Element, attr: string, fn: () => string): void {
  bind(() => el.setAttribute(attr, fn()));
}

/** An API error in the current language: the same catalogue and template rules as the API's `message`. */
export function errorMessage(code: string, details?: Record<string, unknown>): string {
  return errorText(code, current, details);
}

export function setLocale(next: Locale): void {
  if (next === current) return;
  current = next;
  safeStorage()?.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  for (const apply of [...layoutBindings, ...pageBindings]) apply();
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([current], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
