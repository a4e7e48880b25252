/// <reference lib="dom" />

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/**
 * A small element builder. Text always goes in as text nodes, never as HTML, so nothing the API
 * or a person typed can become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

let seq = 0;
/** A fresh element id, for label/for and aria-describedby pairs. */
export function uid(prefix: string): string {
  seq += 1;
  return `${prefix}-${seq}`;
}

/** Moves focus to an element a step just revealed (a heading gets tabindex -1 for it). */
export function focusFirst(root: Element): void {
  const target = root.querySelector<HTMLElement>('[autofocus], input:not([type=hidden]):not([disabled]), select, textarea, button, h1, h2');
  if (!target) return;
  if (/^H[12]$/.test(target.tagName)) target.tabIndex = -1;
  target.focus();
}
