import { getCountries, getCountryCallingCode, type CountryCode } from 'libphonenumber-js';
import type { Policy } from '../../config/index.ts';
import { LOCALES } from '../../core/locale.ts';
import { UI_STRINGS } from '../catalogue/index.ts';
import type { UiBundle } from './bundle.ts';

/** What the pages need to know about this deployment; read from a meta tag, so no inline script is needed. */
export interface ClientConfig {
  appName: string;
  dev: boolean;
  defaultLocale: string;
  regions: { code: string; callingCode: string }[];
  codeLength: number;
  password: { minLength: number; maxLength: number; minScore: number };
  powWorker: string;
}

export function clientConfig(policy: Policy, dev: boolean, bundle: UiBundle): ClientConfig {
  const allow = policy.regions.allow === 'all' ? getCountries() : policy.regions.allow;
  const regions = allow.map((code) => {
    let callingCode = '';
    try {
      callingCode = getCountryCallingCode(code as CountryCode);
    } catch {
      // A region libphonenumber does not know has no dialling code to show; the picker still lists it.
    }
    return { code, callingCode };
  });
  return {
    appName: policy.app.name,
    dev,
    defaultLocale: policy.app.defaultLocale,
    regions,
    codeLength: policy.codes.length,
    password: { minLength: policy.password.minLength, maxLength: policy.password.maxLength, minScore: policy.password.minScore },
    powWorker: bundle.powWorker.path,
  };
}

/**
 * The pages' policy: nothing inline, nothing from elsewhere. `img-src data:` is for the TOTP QR
 * image the API sends as a data URL; the proof-of-work worker is a same-origin file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** The one HTML document of every page; the script draws the page its path names. */
export function shellHtml(config: ClientConfig, bundle: UiBundle): string {
  return `<!doctype html>
<html lang="${escapeHtml(config.defaultLocale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${escapeHtml(config.appName)}</title>
<meta name="tessera-config" content="${escapeHtml(JSON.stringify(config))}">
<link rel="stylesheet" href="${bundle.style.path}">
<script type="module" src="${bundle.app.path}"></script>
</head>
<body>
<div id="app"><noscript>${LOCALES.map((l) => `<p lang="${l}">${escapeHtml(UI_STRINGS['app.noscript'][l])}</p>`).join('')}</noscript></div>
</body>
</html>
`;
}
