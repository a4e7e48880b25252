/**
 * The languages Tessera speaks to people, and how a request picks one. Codes are the API and
 * never change with the language; only `message` texts do.
 */
export const LOCALES = ['en', 'zh-CN', 'zh-HK'] as const;

export type Locale = (typeof LOCALES)[number];

// A header longer than this is cut; past the first ranges nobody states a real preference,
// and bounding the work keeps a hostile header cheap.
const MAX_RANGES = 32;
// RFC 9110 §12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * explicit (a body/query `locale`) wins if supported; else the best match of an Accept-Language
 * header (q-values; 'zh', 'zh-Hans', 'zh-SG' -> zh-CN; 'zh-Hant', 'zh-TW', 'zh-MO', 'zh-HK' ->
 * zh-HK; 'en-*' -> en); else fallback. Never throws on junk.
 */
export function pickLocale(explicit: unknown, acceptLanguage: string | undefined, fallback: Locale): Locale {
  const chosen = typeof explicit === 'string' ? matchTag(explicit) : undefined;
  if (chosen !== undefined) return chosen;
  if (typeof acceptLanguage !== 'string') return fallback;
  return matchHeader(acceptLanguage, fallback) ?? fallback;
}

/**
 * Maps one language tag to a supported locale, or undefined. The script decides between the
 * two Chinese locales, so the tag is expanded with CLDR's likely subtags (`zh-TW` has script
 * Hant, `zh-SG` Hans). Cantonese (`yue`) is read as Chinese too: it is written in Traditional
 * characters in Hong Kong, which is where most of its speakers meet Tessera.
 */
export function matchTag(tag: string): Locale | undefined {
  if (isLocale(tag)) return tag;
  let locale: Intl.Locale;
  try {
    // Android and Java send `zh_CN`; BCP 47 only knows the hyphen.
    locale = new Intl.Locale(tag.trim().replaceAll('_', '-')).maximize();
  } catch {
    return undefined;
  }
  if (locale.language === 'en') return 'en';
  if (locale.language === 'zh' || locale.language === 'yue') {
    if (locale.script === 'Hant') return 'zh-HK';
    if (locale.script === 'Hans') return 'zh-CN';
  }
  return undefined;
}

/**
 * The highest-q range that maps to a supported locale; among equal q the earlier one, as
 * browsers list preferences in order. `*` stands for the fallback. A range with q=0 is
 * "not acceptable" and never chosen.
 */
function matchHeader(header: string, fallback: Locale): Locale | undefined {
  let best: { locale: Locale; q: number } | undefined;
  for (const range of header.split(',').slice(0, MAX_RANGES)) {
    const [rawTag = '', ...params] = range.split(';');
    const tag = rawTag.trim();
    const q = qualityOf(params);
    if (tag === '' || q === undefined || q === 0) continue;
    if (best !== undefined && q <= best.q) continue;
    const locale = tag === '*' ? fallback : matchTag(tag);
    if (locale !== undefined) best = { locale, q };
  }
  return best?.locale;
}

/** The range's q (1 when absent), or undefined when its parameters are malformed. */
function qualityOf(params: string[]): number | undefined {
  let q = 1;
  for (const param of params) {
    const [name = '', ...values] = param.split('=').map((part) => part.trim());
    if (name.toLowerCase() !== 'q') continue;
    const value = values.length === 1 ? (values[0] ?? '') : '';
    if (!QVALUE.test(value)) return undefined;
    q = Number(value);
  }
  return q;
}
