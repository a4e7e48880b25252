/// <reference lib="dom" />
import type { ClientConfig } from '../server/shell.ts';

/** The deployment's settings, from the page's meta tag (no inline script under the CSP). */
export function readConfig(): ClientConfig {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="tessera-config"]');
  return JSON.parse(meta?.content ?? '{}') as ClientConfig;
}

export const config: ClientConfig = readConfig();
