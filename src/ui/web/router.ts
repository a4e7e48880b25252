/// <reference lib="dom" />

export type Page = (root: HTMLElement) => void | Promise<void>;
let render: (path: string) => void = () => {};

export function startRouter(draw: (path: string) => void): void {
  render = draw;
  window.addEventListener('popstate', () => render(location.pathname));
  // Same-origin links to pages are handled here; everything else is an ordinary navigation.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (a.origin !== location.origin || a.target || a.hasAttribute('download') || !a.dataset.page) return;
    e.preventDefault();
    navigate(a.pathname + a.search);
  });
  render(location.pathname);
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render(new URL(path, location.origin).pathname);
}
