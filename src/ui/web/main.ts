/// <reference lib="dom" />
import { h } from './dom.ts';
import { resetPageBindings, tx } from './i18n.ts';
import { layout } from './layout.ts';
import { heading } from './page.ts';
import { forgotPage } from './pages/forgot.ts';
import { inboxPage } from './pages/inbox.ts';
import { loginPage } from './pages/login.ts';
import { securityPage } from './pages/security.ts';
import { signupPage } from './pages/signup.ts';
import { navigate, startRouter, type Page } from './router.ts';
import { refreshAccount, signedIn } from './state.ts';
import { config } from './config.ts';

const home: Page = () => navigate(signedIn() ? '/security' : '/login', true);
const notFound: Page = (root) => root.append(heading('common.notFound'), h('p', {}, h('a', { href: '/', 'data-page': '1' }, tx('nav.login'))));

const PAGES: Record<string, Page> = {
  '/': home,
  '/signup': signupPage,
  '/login': loginPage,
  '/forgot': forgotPage,
  '/security': securityPage,
  ...(config.dev ? { '/dev/inbox': inboxPage } : {}),
};

async function start(): Promise<void> {
  const main = layout(document.getElementById('app') as HTMLElement);
  await refreshAccount().catch(() => null);
  let first = true;
  startRouter((path) => {
    resetPageBindings();
    main.replaceChildren();
    void Promise.resolve((PAGES[path] ?? notFound)(main)).then(() => {
      // After a navigation, the new page's heading takes focus so a screen reader announces it.
      if (!first) main.querySelector<HTMLElement>('h1')?.focus();
      first = false;
    });
  });
}

void start();
