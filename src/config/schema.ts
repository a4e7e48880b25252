/**
 * The policy file's schema (TypeBox): its defaults, its validation (config/validate.ts) and its
 * documentation in one place. docs/configuration.md is generated from it
 * (scripts/gen-config-docs.ts) and a test keeps the two equal.
 */
import { Type, type Static, type TProperties } from 'typebox';
import { SMS_ADAPTERS } from '../sms/adapters/index.ts';

/**
 * The highest `password.maxLength` may be set to. A password longer than this cannot have been set
 * under any policy, so every route that takes one refuses it before any work (http/edge-input.ts).
 */
export const PASSWORD_LENGTH_CEILING = 1024;

/** The built-in dev inbox, beside the adapters of sms/adapters/. */
export const SMS_PROVIDER_TYPES = ['dev', ...SMS_ADAPTERS.map((a) => a.name)];

const section = <P extends TProperties>(properties: P) => Type.Object(properties, { additionalProperties: false, default: {} });
const int = (minimum: number, maximum: number, def: number, description: string) => Type.Integer({ minimum, maximum, default: def, description });
const count = (def: number, description: string, maximum = 1_000_000) => int(1, maximum, def, description);
const domain = (problem: string, pattern: string, description: string) => Type.String({ pattern, problem, default: '', description });

const ISO_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$';
const isoTime = Type.String({ pattern: ISO_TIME, problem: 'must be an ISO 8601 time with its zone, like "2026-03-01T00:00:00Z"' });
/** `sms.testNumbers`; that each code has `codes.length` digits is checked with the other cross rules (load.ts). */
const TestNumber = Type.Object(
  {
    phone: Type.String({ pattern: '^\\+[1-9]\\d{6,14}$', problem: 'must be an E.164 number like "+8613800000000"' }),
    code: Type.String({ pattern: '^\\d{6,8}$', problem: 'must be a string of 6 to 8 digits' }),
    from: isoTime,
    until: isoTime,
  },
  { additionalProperties: false, problem: 'must be an object { phone, code, from, until }' },
);

const Provider = Type.Object(
  {
    type: Type.Enum(SMS_PROVIDER_TYPES, { problem: `must be one of ${SMS_PROVIDER_TYPES.join(', ')}` }),
  },
  { additionalProperties: true },
);

export const PolicySchema = Type.Object(
  {
    app: section({
      name: Type.String({
        pattern: '^.{1,40}$',
        problem: 'must be a string of 1 to 40 characters',
        default: 'Tessera',
        description: 'The app name shown in SMS texts and pages.',
      }),
      defaultLocale: Type.Union([Type.Literal('en'), Type.Literal('zh-CN'), Type.Literal('zh-HK')], {
        problem: 'must be one of en, zh-CN, zh-HK',
        default: 'en',
        description: 'Language of messages when a request names none (`en`, `zh-CN`, `zh-HK`).',
      }),
      domain: domain(
        'must be empty or a lower-case domain name',
        '^$|^[a-z0-9.-]+\\.[a-z]{2,}$',
        'Your web domain (e.g. `example.com`); when set, SMS codes end with the `@domain #code` line that WebOTP and iOS autofill read.',
      ),
    }),
    regions: section({
      allow: Type.Union([Type.Literal('all'), Type.Array(Type.String({ pattern: '^[A-Z]{2}$' }), { minItems: 1 })], {
        problem: 'must be "all" or a non-empty list of ISO 3166 alpha-2 region codes like "CN"',
        default: ['CN', 'HK'],
        description: 'Regions whose numbers may register: a list of ISO 3166 alpha-2 codes, or `"all"`.',
      }),
    }),
    codes: section({
      length: int(6, 8, 6, 'Digits in a verification code.'),
      ttlSeconds: int(60, 600, 300, 'How long a code lives, in seconds (never over 10 minutes).'),
      maxAttempts: int(1, 10, 5, 'Wrong tries before a code is dead.'),
      resendSeconds: int(0, 3600, 60, 'Cooldown after a code is sent to a number, whichever flow sent it.'),
      maxSendsPerFlow: int(1, 20, 5, 'Codes one flow may send in all.'),
    }),
    flows: section({
      ttlSeconds: int(300, 86400, 1800, 'How long a registration, login or recovery flow lives.'),
    }),
    budgets: section({
      perNumberHour: count(5, 'SMS to one number per hour.'),
      perNumberDay: count(10, 'SMS to one number per day.'),
      noticesPerNumberDay: count(
        5,
        'Security notices (a new login, a password, phone or handle change…) to one number per day: a budget of their own, apart from the ' +
          'codes above, so notices never use up the codes a person needs to get back in. Past it a notice is skipped (and audited as ' +
          'refused), never the action.',
      ),
      perIpHour: count(20, 'SMS requested by one client IP per hour (IPv6 counted per /64).'),
      perIpDay: count(100, 'SMS requested by one client IP per day.'),
      perBlockHour: count(10, 'SMS to one number block (the E.164 less its last 4 digits) per hour.'),
      perCountryDay: count(2000, 'SMS to one country per day; alerts at 50 % and 80 %, sending stops at 100 %.', 100_000_000),
      perInstanceDay: count(5000, 'SMS from the whole deployment per day; alerts at 50 % and 80 %, sending stops at 100 %.', 100_000_000),
      powAfterPerIp10Min: int(0, 1_000_000, 3, 'Codes one client IP may ask for in 10 minutes before a proof-of-work challenge is required.'),
      handleLookupsPerIpMinute: count(60, 'Handle availability look-ups per client IP per minute.'),
    }),
    breaker: section({
      minSends: count(20, 'Sends in an hour to a block or country before its conversion is judged.'),
      minVerifiedRatio: Type.Number({
        minimum: 0,
        maximum: 1,
        default: 0.2,
        description: 'Below this share of verified sends the block or country is paused (1 h, doubling to 12 h).',
      }),
    }),
    password: section({
      minLength: int(8, 128, 8, 'Shortest password, in characters.'),
      maxLength: int(
        8,
        PASSWORD_LENGTH_CEILING,
        128,
        `Longest password, in characters (longer ones are refused before any hashing, \`password_invalid\`). A password given to log in or ` +
          `to confirm is refused only past ${PASSWORD_LENGTH_CEILING}, the most this can be set to, so lowering it never locks out a ` +
          `password set under a higher value.`,
      ),
      minScore: int(0, 4, 3, 'Lowest zxcvbn strength score (0–4) accepted.'),
    }),
    sessions: section({
      idleDays: int(1, 365, 30, 'A session unused this many days ends.'),
      absoluteDays: int(1, 3650, 180, 'A session ends this many days after it began, used or not.'),
      maxPerAccount: int(1, 1000, 20, 'Live sessions per account; the oldest is evicted past it.'),
      cacheSeconds: int(
        0,
        300,
        10,
        'How long a node may keep a validated session (and its account, for `GET /v1/me`) in memory before reading it again. Changes made on ' +
          'any node reach every node at once through a database notification, and the cache is off while a node cannot hear them; this only ' +
          'bounds how long an entry lives. 0 turns the cache off (docs/login.md).',
      ),
    }),
    recycling: section({
      idleDays: int(
        30,
        3650,
        180,
        'A number whose account has had no session activity or login for this many days may be taken over by whoever verifies it in a new ' +
          'registration (`takeOverNumber`); the old account keeps its data but loses the number (docs/accounts.md).',
      ),
    }),
    deletion: section({
      graceDays: int(1, 365, 30, 'Days between a deletion request and the erasure; logging in during them cancels the deletion.'),
      jobIntervalMinutes: int(1, 1440, 60, 'How often each node looks for accounts past their grace period and erases them (safe on many nodes at once).'),
    }),
    http: section({
      trustProxy: Type.Boolean({ default: false, description: 'Take the client IP from `X-Forwarded-For` (only behind a proxy you run).' }),
      headersTimeoutSeconds: int(
        1,
        120,
        10,
        'A client must send its request line and headers within this many seconds of its first byte, or its connection is closed (`408`): a ' +
          'client that dribbles its headers cannot hold a connection open for long.',
      ),
      requestTimeoutSeconds: int(
        1,
        600,
        30,
        'A client must send its whole request, body included, within this many seconds (at least `http.headersTimeoutSeconds`).',
      ),
    }),
    metrics: section({
      public: Type.Union([Type.Boolean(), Type.Null()], {
        problem: 'must be true, false or null',
        default: null,
        description:
          'Serve `/metrics` without the admin token (`true`) or only with it (`false`: `Authorization: Bearer <admin token>`, else `401`, or ' +
          '`403` when no admin token is configured). `null`: public in `tessera dev`, behind the admin token in `tessera start`.',
      }),
    }),
    webauthn: section({
      rpId: domain(
        'must be empty or a lower-case domain name',
        '^$|^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$',
        "Passkeys: the relying party ID, the domain passkeys are bound to (`example.com`). Empty: the request's host without its port (for " +
          'development; set it in production).',
      ),
      rpName: Type.String({
        pattern: '^.{0,64}$',
        problem: 'must be a string of up to 64 characters',
        default: '',
        description: 'Passkeys: the name password managers show next to a passkey. Empty: `app.name`.',
      }),
      origins: Type.Array(
        Type.String({
          pattern: '^(https?://[a-z0-9.-]+(:\\d{1,5})?|android:apk-key-hash:[A-Za-z0-9_-]+)$',
          problem: 'must be an origin like "https://id.example.com" (scheme, lower-case host, optional port; no path) or "android:apk-key-hash:<hash>"',
        }),
        {
          problem: 'must be a list of origins like "https://id.example.com"',
          default: [],
          description:
            'Passkeys: the page origins whose passkey answers are accepted (`["https://id.example.com"]`), each on `rpId` or a subdomain of ' +
            "it; an Android app signs as `android:apk-key-hash:<hash>`. Empty: the request's own `<protocol>://<host>`.",
        },
      ),
    }),
    sms: section({
      providers: Type.Record(Type.String(), Provider, {
        default: {},
        description:
          `Named SMS gateways, each \`{ "type": "${SMS_PROVIDER_TYPES.join(' | ')}", … }\` with its type's settings (docs/sms.md, ` +
          `where each type's settings are listed). Empty means the dev inbox in \`tessera dev\`.`,
      }),
      routes: Type.Record(Type.String(), Type.Array(Type.String(), { minItems: 1, problem: 'must be a non-empty list of provider names' }), {
        default: {},
        description: 'Ordered provider names per region (`"CN": ["cn-main", "cn-backup"]`), with `"default"` for the rest; the next one is tried on failure.',
      }),
      testNumbers: Type.Array(TestNumber, {
        default: [],
        description:
          'Numbers with a fixed code, for app-store review and demos: `[{ "phone": "+8613800000000", "code": "246810", "from": ' +
          '"2026-03-01T00:00:00Z", "until": "2026-04-01T00:00:00Z" }]`. From `from` until `until` such a number gets no SMS and its code ' +
          'is the fixed one (of `codes.length` digits); every use is audit-logged and counted. Outside its window it is a number like any ' +
          'other (docs/sms.md).',
      }),
    }),
  },
  { additionalProperties: false },
);

export type Policy = Static<typeof PolicySchema>;
