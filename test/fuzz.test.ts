import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { solveChallenge } from 'altcha-lib/v1';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { ERROR_CODES } from '../src/core/errors.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, verifiedFlow, type TestApp } from './helpers/app.ts';

// Bad input of any shape gets a clear error, never a 5xx (docs/api.md). Every endpoint of the
// registration slice is thrown arbitrary bodies, raw strings, path segments and headers, and every
// operation in /openapi.json bodies, path parameters and query strings built from its schema. The
// strings hold NUL, other control characters and lone surrogates too, which no store accepts: the
// edge refuses them naming the field (http/edge-input.ts).
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const KNOWN_CODES = new Set<string>(ERROR_CODES);
const OPTIONS = { numRuns: RUNS, includeErrorInReport: true };

function assertWellFormed(res: LightMyRequestResponse, what: string): void {
  const label = `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  assert.ok(res.statusCode < 500, label);
  assert.match(String(res.headers['content-type']), /^application\/json/, label);
  const body = JSON.parse(res.body) as Record<string, any>;
  if (res.statusCode < 300) return;
  const error = body.error;
  assert.ok(error && typeof error === 'object' && !Array.isArray(error), label);
  assert.ok(typeof error.code === 'string' && KNOWN_CODES.has(error.code), label);
  assert.ok(typeof error.message === 'string' && error.message.length > 0, label);
  assert.ok(error.details !== null && typeof error.details === 'object' && !Array.isArray(error.details), label);
}

/** A string holding what no field takes is refused at the edge, naming the field that held it (or the URL, `fields`). */
function assertRefusedIfHostile(res: LightMyRequestResponse, text: string, fields: string | string[], what: string): void {
  if (!FORBIDDEN.test(text)) return;
  const label = `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  assert.equal(res.statusCode, 400, label);
  assert.equal(res.json().error.code, 'invalid_request', label);
  assert.ok([fields].flat().includes(res.json().error.details.field), label);
}

// ——— arbitraries ———

/** What no field takes: NUL, other C0 controls (tab and line breaks too), DEL, C1 controls, both halves of a lone surrogate. */
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u0080',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
];
const controlChar = fc.constantFrom(...CONTROL);
const FORBIDDEN = /[\p{Cc}\p{Cs}]/u;
const wellFormed = (text: string) => !/\p{Cs}/u.test(text);

/** A string with a control character or a lone surrogate in it, now and then two. */
const hostileString = fc
  .tuple(fc.string({ maxLength: 12 }), controlChar, fc.string({ maxLength: 12 }), fc.option(controlChar, { nil: '' }))
  .map(([a, c, b, d]) => a + c + b + d);

/** `arb`, and now and then `arb` with a control character or lone surrogate put in at any place. */
function sometimesHostile(arb: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const spoiled = fc.tuple(arb, controlChar, fc.nat()).map(([text, c, at]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + c + text.slice(i);
  });
  return fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: spoiled });
}

/** Percent-encoding that keeps a lone surrogate (as its three WTF-8 bytes), which encodeURIComponent refuses. */
function percentEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    const unit = ch.charCodeAt(0);
    if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** Strings of every kind: ASCII, graphemes, lone surrogates and control characters, and long runs of one piece. */
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 100, max: 30_000 })).map(([s, n]) => s.repeat(n)),
  },
);

const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }),
  fc.object({ maxDepth: 2, values: [fc.jsonValue({ maxDepth: 1 })] }),
  fc.array(fc.array(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }), { maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.jsonValue({ maxDepth: 2 })),
);

/** A value of the wrong type for any field, or a string of any kind. */
const anyFieldValue = fc.oneof(
  anyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.object({ maxDepth: 1 }),
);

const phoneish = fc
  .tuple(
    fc.constantFrom('+86 13', '+852 9', '+1 20', '１３８', '+86 10', '0086 1', '', '+'),
    fc.array(fc.constantFrom(...'0123456789 -()'), { minLength: 3, maxLength: 14 }),
  )
  .map(([p, d]) => p + d.join(''));

/** A valid CN mobile number, so that bodies also get past number checks. */
const validPhone = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `+86137${String(n).padStart(8, '0')}`);

const base64Json = fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64'));

/** Plausible values per field, so that bodies also pass the schema and reach the flows. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  phone: sometimesHostile(fc.oneof(phoneish, validPhone)),
  country: sometimesHostile(fc.constantFrom('CN', 'HK', 'US', 'cn', 'ZZ', '00')),
  locale: sometimesHostile(fc.constantFrom('en', 'zh-CN', 'zh-HK', 'zh-TW', 'fr', '')),
  deviceName: sometimesHostile(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })),
  clientTime: sometimesHostile(fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString())),
  pow: sometimesHostile(fc.oneof(base64Json, fc.string({ minLength: 1, maxLength: 60 }))),
  code: sometimesHostile(fc.oneof(fc.stringMatching(/^\d{4,8}$/), fc.stringMatching(/^[０-９]{6}$/), fc.stringMatching(/^\d{3} ?\d{3}$/))),
  password: sometimesHostile(
    fc.oneof(
      fc.constant(STRONG_PASSWORD),
      fc.stringMatching(/^[a-z]{5}-[a-z]{5}-[A-Z][a-z]{4}-\d{2}$/),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ minLength: 120, maxLength: 200 }),
    ),
  ),
  handle: sometimesHostile(
    fc.oneof(
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{5,19}$/),
      fc.constantFrom('admin', 'Tessera', 'adm1n_', 'tid_aaaaaaaaaaaa'),
      fc.string({ unit: 'grapheme', maxLength: 22 }),
    ),
  ),
  displayName: sometimesHostile(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })),
  acceptTerms: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false), fc.constant('true')),
};
PLAUSIBLE.identifier = fc.oneof(PLAUSIBLE.phone!, PLAUSIBLE.handle!);
PLAUSIBLE.currentPassword = PLAUSIBLE.password!;
PLAUSIBLE.newPassword = PLAUSIBLE.password!;

const BODY_KEYS: Record<string, string[]> = {
  start: ['phone', 'country', 'locale', 'deviceName', 'clientTime', 'pow'],
  resend: ['locale', 'clientTime', 'pow'],
  verify: ['code', 'clientTime', 'locale'],
  complete: ['password', 'handle', 'displayName', 'deviceName', 'acceptTerms', 'clientTime', 'locale'],
  login: ['deviceName', 'clientTime', 'locale'],
};

const REQUIRED: Record<string, string[]> = { start: ['phone'], verify: ['code'], complete: ['password', 'acceptTerms'] };

/**
 * Records with the endpoint's own keys: half of them well typed (so they reach the flow steps),
 * half with wrong types, missing keys and now and then a key the schema does not know.
 */
function recordFor(endpoint: string): fc.Arbitrary<unknown> {
  const keys = BODY_KEYS[endpoint]!;
  const typed = fc.record(Object.fromEntries(keys.map((k) => [k, PLAUSIBLE[k]!])), { requiredKeys: REQUIRED[endpoint] ?? [] });
  const shape = Object.fromEntries(keys.map((k) => [k, fc.oneof({ weight: 3, arbitrary: PLAUSIBLE[k]! }, { weight: 1, arbitrary: anyFieldValue })]));
  const mixed = fc
    .tuple(fc.record(shape, { requiredKeys: [] }), fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyFieldValue), { freq: 3 }))
    .map(([rec, extra]) => (extra ? { ...rec, [extra[0]]: extra[1] } : rec));
  return fc.oneof(typed, mixed);
}

const anySegment = fc.oneof(
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 30 }).map(percentEncode),
  hostileString.map(percentEncode),
  fc.string({ minLength: 150, maxLength: 400 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '.', '%2F', '%00', '%C0%AF', '%E2%80%AE', '~', '%F0%9F%98%80', 'null', 'undefined', '0', '-1', '1e400'),
);

const anyAcceptLanguage = fc.option(
  fc.oneof(
    fc.constantFrom('zh-HK,zh;q=0.9', 'zh-CN', 'en-US;q=0.1', '*', ';;;q=x', 'zh-Hant-TW'),
    fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')),
    hostileString.map((s) => s.replace(/[^\x00-\x7f]/g, '')),
  ),
  { nil: undefined },
);

type FlowKind = 'verified' | 'codeSent' | 'registered';

describe('fuzzing the HTTP API (pglite)', () => {
  let app: TestApp;
  let powApp: TestApp;
  const ids: Record<FlowKind, string> = { verified: '', codeSent: '', registered: '' };
  let registeredPhone = '';
  let token = '';

  /** A flow of the given kind; a fuzzed request that used one up (a 201) gets it replaced. */
  async function refresh(kind: FlowKind): Promise<void> {
    if (kind === 'verified') ids.verified = (await verifiedFlow(app)).id;
    // A number of its own each time: fuzzed wrong codes on the last one may have made its owner wait (docs/abuse.md).
    if (kind === 'registered') ids.registered = (await verifiedFlow(app, await registeredNumber())).id;
    if (kind === 'codeSent') {
      const res = await app.request('POST', '/v1/registrations', { phone: uniquePhone() });
      ids.codeSent = res.json().id;
    }
  }

  async function send(method: string, url: string, payload: string | undefined, headers: Record<string, string | undefined>) {
    const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return app.tessera.server.inject({ method: method as 'POST', url, ...(payload !== undefined ? { payload } : {}), headers: clean });
  }

  const FLOW_ENDPOINTS = ['resend', 'verify', 'complete', 'login'] as const;
  const segmentOrFlow = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<FlowKind>('verified', 'codeSent', 'registered').map((kind) => ({ kind })) },
    { weight: 1, arbitrary: anySegment.map((raw) => ({ raw })) },
  );
  const idOf = (pick: { kind?: FlowKind; raw?: string }) => (pick.kind ? ids[pick.kind] : pick.raw!);

  /** After a success the flow it used may be spent: start over with a fresh one of that kind. */
  async function afterResponse(res: LightMyRequestResponse, pick: { kind?: FlowKind; raw?: string }): Promise<void> {
    if (res.statusCode === 201 && pick.kind) await refresh(pick.kind);
  }

  /** A number that has an account; the first one's session token is kept for /v1/me. */
  async function registeredNumber(): Promise<string> {
    const phone = uniquePhone();
    const first = await verifiedFlow(app, phone);
    const done = await app.request('POST', `/v1/registrations/${first.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true });
    assert.equal(done.statusCode, 201, done.body);
    token ||= done.json().session.token;
    registeredPhone ||= phone;
    return phone;
  }

  before(async () => {
    app = await startTestApp('pglite');
    powApp = await startTestApp('pglite', { policy: { budgets: { powAfterPerIp10Min: 0 } } });
    await Promise.all((['verified', 'codeSent', 'registered'] as const).map((k) => refresh(k)));
  });
  after(async () => {
    await app?.close();
    await powApp?.close();
  });

  test('POST /v1/registrations: any JSON value or near-valid record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, { weight: 2, arbitrary: recordFor('start') }), anyAcceptLanguage, async (body, lang) => {
        const res = await send('POST', '/v1/registrations', JSON.stringify(body), { 'content-type': 'application/json', 'accept-language': lang });
        assertWellFormed(res, `start ${JSON.stringify(body).slice(0, 200)}`);
      }),
      OPTIONS,
    );
  });

  for (const endpoint of FLOW_ENDPOINTS) {
    test(`POST /v1/registrations/{id}/${endpoint}: any JSON value or near-valid record, on live and made-up flows`, async () => {
      await fc.assert(
        fc.asyncProperty(segmentOrFlow, fc.oneof(anyJson, { weight: 3, arbitrary: recordFor(endpoint) }), anyAcceptLanguage, async (pick, body, lang) => {
          const res = await send('POST', `/v1/registrations/${idOf(pick)}/${endpoint}`, JSON.stringify(body), {
            'content-type': 'application/json',
            'accept-language': lang,
          });
          assertWellFormed(res, `${endpoint} ${JSON.stringify(pick)} ${JSON.stringify(body).slice(0, 200)}`);
          await afterResponse(res, pick);
        }),
        OPTIONS,
      );
    });
  }

  test('POST /v1/registrations with pow required: made-up and tampered proof-of-work payloads', async () => {
    const asked = await powApp.tessera.server.inject({ method: 'POST', url: '/v1/registrations', payload: { phone: uniquePhone() } });
    assert.equal(asked.statusCode, 428, asked.body);
    const challenge = asked.json().error.details.challenge;
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
    assert.ok(solution);
    const solved: Record<string, unknown> = { ...challenge, number: solution.number };
    // A real solution with any of its fields replaced, dropped or kept: ALTCHA-shaped, mostly wrong.
    const tampered = fc
      .record(Object.fromEntries(Object.keys(solved).map((k) => [k, fc.option(fc.oneof(anyFieldValue, fc.constant(undefined)), { freq: 2 })])))
      .map((changes) => {
        const out: Record<string, unknown> = { ...solved };
        for (const [k, v] of Object.entries(changes)) if (v !== null) out[k] = v;
        return Buffer.from(JSON.stringify(out)).toString('base64');
      });
    const pow = fc.oneof(base64Json, fc.string({ minLength: 1, maxLength: 60 }), { weight: 2, arbitrary: tampered });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(pow, validPhone, async (given, phone) => {
        const res = await powApp.tessera.server.inject({ method: 'POST', url: '/v1/registrations', payload: { phone, pow: given } });
        assertWellFormed(res, `pow ${given.slice(0, 80)}`);
        if (res.statusCode === 201) accepted += 1;
        else if (res.statusCode === 428) assert.equal(typeof res.json().error.details.challenge?.signature, 'string');
      }),
      OPTIONS,
    );
    assert.ok(accepted <= 1, `a solved challenge was accepted ${accepted} times`);
  });

  test('raw string bodies with a JSON, text or no content type, at every POST endpoint', async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      undefined,
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/JSON',
      '',
    );
    const raw = fc.oneof(
      anyString,
      fc.json({ maxDepth: 3 }),
      fc.constantFrom(
        '',
        ' ',
        '{',
        '{"phone":',
        'null',
        '[]',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '\uFEFF{}',
        '{"phone":"+8613800138000"}',
      ),
    );
    const endpoint = fc.constantFrom('', ...FLOW_ENDPOINTS.map((e) => `/${e}`));
    await fc.assert(
      fc.asyncProperty(endpoint, segmentOrFlow, raw, contentType, async (suffix, pick, payload, type) => {
        const url = suffix === '' ? '/v1/registrations' : `/v1/registrations/${idOf(pick)}${suffix}`;
        const res = await send('POST', url, payload, { 'content-type': type });
        assertWellFormed(res, `${url} [${type}] ${JSON.stringify(payload.slice(0, 120))}`);
        await afterResponse(res, pick);
      }),
      OPTIONS,
    );
  });

  test('arbitrary path segments at every endpoint that takes one', async () => {
    const shapes = [
      (s: string) => ['GET', `/v1/registrations/${s}`],
      ...FLOW_ENDPOINTS.map((e) => (s: string) => ['POST', `/v1/registrations/${s}/${e}`]),
      (s: string) => ['GET', `/v1/handles/${s}`],
      (s: string) => ['GET', `/v1/registrations/${s}/${s}`],
      (s: string) => ['GET', `/v1/${s}`],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...shapes), anySegment, async (shape, segment) => {
        const [method, url] = shape(segment);
        const res = await send(method!, url!, method === 'POST' ? '{}' : undefined, method === 'POST' ? { 'content-type': 'application/json' } : {});
        // Dot segments resolve the way every HTTP client resolves them: `/v1/..` is `/`, a hosted
        // page, which answers in HTML. Whatever stays under /v1 answers in the JSON envelope.
        const resolved = new URL(url!, 'http://tessera.test').pathname;
        if (resolved.startsWith('/v1/')) assertWellFormed(res, `${method} ${url}`);
        else {
          assert.ok(res.statusCode < 500, `${method} ${url} → ${res.statusCode}`);
          assert.match(String(res.headers['content-type']), /^text\/html/, `${method} ${url} resolves to ${resolved}, a page`);
        }
      }),
      OPTIONS,
    );
  });

  test('GET /v1/handles/{h}: any handle, answered with availability or a refusal', async () => {
    const handle = fc.oneof(
      PLAUSIBLE.handle!.map((h) => String(h)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 70 }),
      hostileString.filter((h) => h.length > 0),
    );
    await fc.assert(
      fc.asyncProperty(handle, async (h) => {
        const segment = percentEncode(h);
        const res = await send('GET', `/v1/handles/${segment}`, undefined, {});
        assertWellFormed(res, `handle ${JSON.stringify(h)}`);
        // Past the router's 200 characters a segment names no route at all (not_found).
        // A lone surrogate has no UTF-8 form: its bytes in a path are refused as the URL's encoding.
        if (segment.length <= 200) assertRefusedIfHostile(res, h, wellFormed(h) ? 'handle' : ['handle', 'url'], `handle ${JSON.stringify(h)}`);
        if (res.statusCode === 200) assert.equal(typeof res.json().available, 'boolean');
      }),
      OPTIONS,
    );
  });

  test('GET /v1/me with any Authorization header: 200 only for the real token', async () => {
    const [id] = token.split('.');
    const header = fc
      .oneof(
        fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
        fc.string({ maxLength: 80 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/).map((t) => `Bearer ${t}`),
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((secret) => `Bearer ${id}.${secret}`),
        fc.constantFrom('Bearer', 'Bearer ', `Basic ${token}`, `Bearer ${token}.`, `Bearer ${token}x`, `Bearer  ${id}.`, 'Bearer .'),
        hostileString.map((s) => `Bearer ${id}.${s}`),
      )
      .map((h) => h.replace(/[^\x00-\x7f]/g, ''));
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        const res = await send('GET', '/v1/me', undefined, { authorization });
        assertWellFormed(res, `authorization ${JSON.stringify(authorization)}`);
        if (FORBIDDEN.test(authorization))
          return assertRefusedIfHostile(res, authorization, 'headers.authorization', `authorization ${JSON.stringify(authorization)}`);
        assert.equal(res.statusCode, 401, `authorization ${JSON.stringify(authorization)}`);
        assert.equal(res.json().error.code, 'unauthenticated');
      }),
      OPTIONS,
    );
    const ok = await send('GET', '/v1/me', undefined, { authorization: `Bearer ${token}` });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('GET /_dev/sms?to=…&limit=…: any query', async () => {
    const value = fc.oneof(
      phoneish,
      anyString.map((s) => s.slice(0, 100)),
      fc.constantFrom(registeredPhone, registeredPhone.slice(1), ' 8613800138000'),
    );
    const limit = fc.option(fc.oneof(fc.integer({ min: -5, max: 1000 }).map(String), sometimesHostile(fc.string({ maxLength: 6 }))), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(value, limit, async (to, lim) => {
        const query = `to=${percentEncode(to)}${lim !== undefined ? `&limit=${percentEncode(lim)}` : ''}`;
        const res = await send('GET', `/_dev/sms?${query}`, undefined, {});
        assertWellFormed(res, `/_dev/sms?${query}`);
        // A query value whose bytes are not UTF-8 (a lone surrogate's) is kept as written, percent signs and all: clean text.
        const decoded = (v: string) => (wellFormed(v) ? v : '');
        assertRefusedIfHostile(res, decoded(to), 'to', `/_dev/sms?${query}`);
        if (!FORBIDDEN.test(decoded(to))) assertRefusedIfHostile(res, decoded(lim ?? ''), 'limit', `/_dev/sms?${query}`);
        if (res.statusCode === 200) assert.ok(Array.isArray(res.json().messages));
      }),
      OPTIONS,
    );
  });

  test('every operation in /openapi.json: bodies from its schema, path parameters and query strings of any kind', async () => {
    const doc = (await app.request('GET', '/openapi.json')).json();
    const admin = `Bearer ${readFileSync(join(app.dataDir, 'admin-token'), 'utf8').trim()}`;
    type Op = { path: string; method: string; op: any };
    const ops: Op[] = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    assert.ok(ops.length > 50, `only ${ops.length} operations`);
    // Dot segments would make the path another route's (or a page's): the other tests cover them.
    const segment = fc.oneof(anySegment, hostileString.map(percentEncode)).filter((s) => s !== '.' && s !== '..');
    /** One operation's requests: its own body keys (plausible, hostile or of the wrong type), path parameters and query. */
    function requestsOf({ path, method, op }: Op) {
      const properties = Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {});
      const value = (k: string) => fc.oneof({ weight: 2, arbitrary: PLAUSIBLE[k] ?? anyString }, hostileString, anyFieldValue);
      const record = fc.record(Object.fromEntries(properties.map((k) => [k, value(k)])), { requiredKeys: [] });
      const params: string[] = (op.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name);
      const query: string[] = (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
      return fc.record({
        method: fc.constant(method),
        url: fc.tuple(...params.map(() => segment)).map((values) => path.replace(/\{\w+\}/g, () => values.shift()!)),
        query: fc.record(Object.fromEntries(query.map((q) => [q, anyString.map((v) => v.slice(0, 80))])), { requiredKeys: [] }),
        body: fc.oneof({ weight: 4, arbitrary: record }, anyJson),
        authenticated: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
      });
    }
    let session = token;
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(requestsOf(op), async ({ method, url, query, body, authenticated }) => {
          const search = Object.entries(query)
            .map(([k, v]) => `${k}=${percentEncode(String(v))}`)
            .join('&');
          const target = search ? `${url}?${search}` : url;
          const authorization = authenticated ? (url.startsWith('/admin/') ? admin : `Bearer ${session}`) : undefined;
          const hasBody = method !== 'GET' && (method !== 'DELETE' || op.op.requestBody !== undefined);
          const res = await send(method, target, hasBody ? JSON.stringify(body) : undefined, {
            authorization,
            ...(hasBody ? { 'content-type': 'application/json' } : {}),
          });
          const what = `${method} ${target} ${hasBody ? JSON.stringify(body).slice(0, 200) : ''}`;
          if (res.statusCode < 300) assert.ok(res.statusCode < 500, what);
          else assertWellFormed(res, what);
          // A request that logged out, froze or deleted the account ends its session: go on with a new one.
          if (res.statusCode < 300 && method !== 'GET' && (await send('GET', '/v1/me', undefined, { authorization: `Bearer ${session}` })).statusCode === 401) {
            const { id } = await verifiedFlow(app);
            session = (await app.request('POST', `/v1/registrations/${id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true })).json().session.token;
          }
        }),
        { ...OPTIONS, numRuns: Math.max(10, Math.round(RUNS / 5)) },
      );
    }
  });
});
