/**
 * The policy file's spec: the defaults, their validation and their documentation in one place.
 * docs/configuration.md is generated from it (scripts/gen-config-docs.ts) and a test keeps the two equal.
 */
export interface Setting<T> {
  readonly default: T;
  readonly doc: string;
  /** Returns a problem ("must be …") or null. */
  readonly check: (value: unknown) => string | null;
}

const int = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
    ? null
    : `must be an integer from ${min} to ${max}`;
const num = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? null : `must be a number from ${min} to ${max}`;
const bool = (v: unknown) => (typeof v === 'boolean' ? null : 'must be true or false');
const boolOrNull = (v: unknown) => (v === null || typeof v === 'boolean' ? null : 'must be true, false or null');
const str = (pattern: RegExp, what: string) => (v: unknown) =>
  typeof v === 'string' && pattern.test(v) ? null : `must be ${what}`;
const regionList = (v: unknown) =>
  v === 'all' || (Array.isArray(v) && v.length > 0 && v.every((r) => typeof r === 'string' && /^[A-Z]{2}$/.test(r)))
    ? null
    : 'must be "all" or a non-empty list of ISO 3166 alpha-2 region codes like "CN"';
const originList = (v: unknown) =>
  Array.isArray(v) && v.every((o) => typeof o === 'string' && /^(https?:\/\/[a-z0-9.-]+(:\d{1,5})?|android:apk-key-hash:[A-Za-z0-9_-]+)$/.test(o))
    ? null
    : 'must be a list of origins like "https://id.example.com" (scheme, lower-case host, optional port; no path) or "android:apk-key-hash:<hash>"';
const plainObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? null : 'must be an object';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const TEST_NUMBER_KEYS = ['phone', 'code', 'from', 'until'];
/** `sms.testNumbers`; that each code has `codes.length` digits is checked with the other cross rules (load.ts). */
const testNumberList = (v: unknown) => {
  if (!Array.isArray(v)) return 'must be a list of { phone, code, from, until }';
  const phones = new Set<string>();
  for (const [i, e] of v.entries()) {
    const at = `entry ${i}`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return `${at} must be an object { phone, code, from, until }`;
    const extra = Object.keys(e).find((k) => !TEST_NUMBER_KEYS.includes(k));
    if (extra) return `${at} has an unknown key "${extra}"`;
    const { phone, code, from, until } = e as Record<string, unknown>;
    if (typeof phone !== 'string' || !/^\+[1-9]\d{6,14}$/.test(phone)) return `${at}: phone must be an E.164 number like "+8613800000000"`;
    if (typeof code !== 'string' || !/^\d{6,8}$/.test(code)) return `${at}: code must be a string of 6 to 8 digits`;
    for (const [k, t] of [['from', from], ['until', until]] as const) {
      if (typeof t !== 'string' || !ISO_TIME.test(t) || Number.isNaN(Date.parse(t))) return `${at}: ${k} must be an ISO 8601 time with its zone, like "2026-03-01T00:00:00Z"`;
    }
    if (Date.parse(from as string) >= Date.parse(until as string)) return `${at}: from must be before until`;
    if (phones.has(phone)) return `${at}: ${phone} is listed twice`;
    phones.add(phone);
  }
  return null;
};

/**
 * The highest `password.maxLength` may be set to. A password longer than this cannot have been set
 * under any policy, so every route that takes one refuses it before any work (http/edge-input.ts).
 */
export const PASSWORD_LENGTH_CEILING = 1024;

function s<T>(def: T, doc: string, check: (v: unknown) => string | null): Setting<T> {
  return { default: def, doc, check };
}

export const CONFIG_SPEC = {
  app: {
    name: s('Tessera', 'The app name shown in SMS texts and pages.', str(/^.{1,40}$/u, 'a string of 1 to 40 characters')),
    defaultLocale: s('en' as 'en' | 'zh-CN' | 'zh-HK', 'Language of messages when a request names none (`en`, `zh-CN`, `zh-HK`).',
      (v) => (v === 'en' || v === 'zh-CN' || v === 'zh-HK' ? null : 'must be one of en, zh-CN, zh-HK')),
    domain: s('', 'Your web domain (e.g. `example.com`); when set, SMS codes end with the `@domain #code` line that WebOTP and iOS autofill read.',
      str(/^$|^[a-z0-9.-]+\.[a-z]{2,}$/, 'empty or a lower-case domain name')),
  },
  regions: {
    allow: s(['CN', 'HK'] as readonly string[] | 'all', 'Regions whose numbers may register: a list of ISO 3166 alpha-2 codes, or `"all"`.', regionList),
  },
  codes: {
    length: s(6, 'Digits in a verification code.', int(6, 8)),
    ttlSeconds: s(300, 'How long a code lives, in seconds (never over 10 minutes).', int(60, 600)),
    maxAttempts: s(5, 'Wrong tries before a code is dead.', int(1, 10)),
    resendSeconds: s(60, 'Cooldown after a code is sent to a number, whichever flow sent it.', int(0, 3600)),
    maxSendsPerFlow: s(5, 'Codes one flow may send in all.', int(1, 20)),
  },
  flows: {
    ttlSeconds: s(1800, 'How long a registration, login or recovery flow lives.', int(300, 86400)),
  },
  budgets: {
    perNumberHour: s(5, 'SMS to one number per hour.', int(1, 1_000_000)),
    perNumberDay: s(10, 'SMS to one number per day.', int(1, 1_000_000)),
    noticesPerNumberDay: s(5, 'Security notices (a new login, a password, phone or handle change…) to one number per day: a budget of their own, apart from the codes above, so notices never use up the codes a person needs to get back in. Past it a notice is skipped (and audited as refused), never the action.', int(1, 1_000_000)),
    perIpHour: s(20, 'SMS requested by one client IP per hour (IPv6 counted per /64).', int(1, 1_000_000)),
    perIpDay: s(100, 'SMS requested by one client IP per day.', int(1, 1_000_000)),
    perBlockHour: s(10, 'SMS to one number block (the E.164 less its last 4 digits) per hour.', int(1, 1_000_000)),
    perCountryDay: s(2000, 'SMS to one country per day; alerts at 50 % and 80 %, sending stops at 100 %.', int(1, 100_000_000)),
    perInstanceDay: s(5000, 'SMS from the whole deployment per day; alerts at 50 % and 80 %, sending stops at 100 %.', int(1, 100_000_000)),
    powAfterPerIp10Min: s(3, 'Codes one client IP may ask for in 10 minutes before a proof-of-work challenge is required.', int(0, 1_000_000)),
    handleLookupsPerIpMinute: s(60, 'Handle availability look-ups per client IP per minute.', int(1, 1_000_000)),
  },
  breaker: {
    minSends: s(20, 'Sends in an hour to a block or country before its conversion is judged.', int(1, 1_000_000)),
    minVerifiedRatio: s(0.2, 'Below this share of verified sends the block or country is paused (1 h, doubling to 12 h).', num(0, 1)),
  },
  password: {
    minLength: s(8, 'Shortest password, in characters.', int(8, 128)),
    maxLength: s(128, `Longest password, in characters (longer ones are refused before any hashing, \`password_invalid\`). A password given to log in or to confirm is refused only past ${PASSWORD_LENGTH_CEILING}, the most this can be set to, so lowering it never locks out a password set under a higher value.`, int(8, PASSWORD_LENGTH_CEILING)),
    minScore: s(3, 'Lowest zxcvbn strength score (0–4) accepted.', int(0, 4)),
  },
  sessions: {
    idleDays: s(30, 'A session unused this many days ends.', int(1, 365)),
    absoluteDays: s(180, 'A session ends this many days after it began, used or not.', int(1, 3650)),
    maxPerAccount: s(20, 'Live sessions per account; the oldest is evicted past it.', int(1, 1000)),
    cacheSeconds: s(10, 'How long a node may keep a validated session (and its account, for `GET /v1/me`) in memory before reading it again. Changes made on any node reach every node at once through a database notification, and the cache is off while a node cannot hear them; this only bounds how long an entry lives. 0 turns the cache off (docs/login.md).', int(0, 300)),
  },
  recycling: {
    idleDays: s(180, 'A number whose account has had no session activity or login for this many days may be taken over by whoever verifies it in a new registration (`takeOverNumber`); the old account keeps its data but loses the number (docs/accounts.md).', int(30, 3650)),
  },
  deletion: {
    graceDays: s(30, 'Days between a deletion request and the erasure; logging in during them cancels the deletion.', int(1, 365)),
    jobIntervalMinutes: s(60, 'How often each node looks for accounts past their grace period and erases them (safe on many nodes at once).', int(1, 1440)),
  },
  http: {
    trustProxy: s(false as boolean, 'Take the client IP from `X-Forwarded-For` (only behind a proxy you run).', bool),
    headersTimeoutSeconds: s(10, 'A client must send its request line and headers within this many seconds of its first byte, or its connection is closed (`408`): a client that dribbles its headers cannot hold a connection open for long.', int(1, 120)),
    requestTimeoutSeconds: s(30, 'A client must send its whole request, body included, within this many seconds (at least `http.headersTimeoutSeconds`).', int(1, 600)),
  },
  metrics: {
    public: s(null as boolean | null, 'Serve `/metrics` without the admin token (`true`) or only with it (`false`: `Authorization: Bearer <admin token>`, else `401`, or `403` when no admin token is configured). `null`: public in `tessera dev`, behind the admin token in `tessera start`.', boolOrNull),
  },
  webauthn: {
    rpId: s('', 'Passkeys: the relying party ID, the domain passkeys are bound to (`example.com`). Empty: the request\'s host without its port (for development; set it in production).',
      str(/^$|^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'empty or a lower-case domain name')),
    rpName: s('', 'Passkeys: the name password managers show next to a passkey. Empty: `app.name`.', str(/^.{0,64}$/u, 'a string of up to 64 characters')),
    origins: s([] as readonly string[], 'Passkeys: the page origins whose passkey answers are accepted (`["https://id.example.com"]`), each on `rpId` or a subdomain of it; an Android app signs as `android:apk-key-hash:<hash>`. Empty: the request\'s own `<protocol>://<host>`.',
      originList),
  },
  sms: {
    providers: s({} as Record<string, { type: string } & Record<string, unknown>>,
      'Named SMS gateways, each `{ "type": "dev | kannel | smpp | twilio | aliyun | tencent | http", … }` with its type\'s settings (docs/sms.md). Empty means the dev inbox in `tessera dev`.',
      plainObject),
    routes: s({} as Record<string, readonly string[]>,
      'Ordered provider names per region (`"CN": ["aliyun1", "kannel1"]`), with `"default"` for the rest; the next one is tried on failure.',
      plainObject),
    testNumbers: s([] as readonly { phone: string; code: string; from: string; until: string }[],
      'Numbers with a fixed code, for app-store review and demos: `[{ "phone": "+8613800000000", "code": "246810", "from": "2026-03-01T00:00:00Z", "until": "2026-04-01T00:00:00Z" }]`. From `from` until `until` such a number gets no SMS and its code is the fixed one (of `codes.length` digits); every use is audit-logged and counted. Outside its window it is a number like any other (docs/sms.md).',
      testNumberList),
  },
} as const;

type Leaf<T> = T extends Setting<infer V> ? V : never;
type Section<S> = { [K in keyof S]: Leaf<S[K]> };
export type Policy = { [K in keyof typeof CONFIG_SPEC]: Section<(typeof CONFIG_SPEC)[K]> };
