import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { solveChallenge } from 'altcha-lib/v1';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { ERROR_CODES } from '../src/core/errors.ts';
import { STRONG_PASSWORD, startTestApp, uniquePhone, verifiedFlow, type TestApp } from './helpers/app.ts';

// Bad input of any shape gets a clear error, never a 5xx (SPEC §3, §5). Every endpoint of the
// registration slice is thrown arbitrary bodies, raw strings, path segments and headers.
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

// ——— arbitraries ———

/** Strings of every kind: ASCII, graphemes, lone surrogates and all, and long runs of one piece. */
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), fc.integer({ min: 100, max: 30_000 })).map(([s, n]) => s.repeat(n)) },
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
  anyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }), fc.object({ maxDepth: 1 }),
);

const phoneish = fc.tuple(
  fc.constantFrom('+86 13', '+852 9', '+1 20', '１３８', '+86 10', '0086 1', '', '+'),
  fc.array(fc.constantFrom(...'0123456789 -()'), { minLength: 3, maxLength: 14 }),
).map(([p, d]) => p + d.join(''));

/** A valid CN mobile number, so that bodies also get past number checks. */
const validPhone = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `+86137${String(n).padStart(8, '0')}`);

const base64Json = fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64'));

/** Plausible values per field, so that bodies also pass the schema and reach the flows. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  phone: fc.oneof(phoneish, validPhone),
  country: fc.constantFrom('CN', 'HK', 'US', 'cn', 'ZZ', '00'),
  locale: fc.constantFrom('en', 'zh-CN', 'zh-HK', 'zh-TW', 'fr', ''),
  deviceName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  clientTime: fc.date({ noInvalidDate: true, min: new Date('1970-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()),
  pow: fc.oneof(base64Json, fc.string({ minLength: 1, maxLength: 60 })),
  code: fc.oneof(fc.stringMatching(/^\d{4,8}$/), fc.stringMatching(/^[０-９]{6}$/), fc.stringMatching(/^\d{3} ?\d{3}$/)),
  password: fc.oneof(
    fc.constant(STRONG_PASSWORD), fc.stringMatching(/^[a-z]{5}-[a-z]{5}-[A-Z][a-z]{4}-\d{2}$/),
    fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ minLength: 120, maxLength: 200 }),
  ),
  handle: fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{5,19}$/), fc.constantFrom('admin', 'Tessera', 'adm1n_', 'tid_aaaaaaaaaaaa'), fc.string({ unit: 'grapheme', maxLength: 22 })),
  displayName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  acceptTerms: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false), fc.constant('true')),
};

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
  const mixed = fc.tuple(fc.record(shape, { requiredKeys: [] }), fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyFieldValue), { freq: 3 }))
    .map(([rec, extra]) => (extra ? { ...rec, [extra[0]]: extra[1] } : rec));
  return fc.oneof(typed, mixed);
}

const anySegment = fc.oneof(
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 30 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '?'))),
  fc.string({ minLength: 150, maxLength: 400 }).map(encodeURIComponent),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '.', '%2F', '%00', '%C0%AF', '%E2%80%AE', '~', '%F0%9F%98%80', 'null', 'undefined', '0', '-1', '1e400'),
);

const anyAcceptLanguage = fc.option(fc.oneof(fc.constantFrom('zh-HK,zh;q=0.9', 'zh-CN', 'en-US;q=0.1', '*', ';;;q=x', 'zh-Hant-TW'), fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))), { nil: undefined });

type FlowKind = 'verified' | 'codeSent' | 'registered';

describe('fuzzing the registration API (pglite)', () => {
  let app: TestApp;
  let powApp: TestApp;
  const ids: Record<FlowKind, string> = { verified: '', codeSent: '', registered: '' };
  let registeredPhone = '';
  let token = '';

  /** A flow of the given kind; a fuzzed request that used one up (a 201) gets it replaced. */
  async function refresh(kind: FlowKind): Promise<void> {
    if (kind === 'verified') ids.verified = (await verifiedFlow(app)).id;
    // A number of its own each time: fuzzed wrong codes on the last one may have made its owner wait (SPEC §4).
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
    await fc.assert(fc.asyncProperty(fc.oneof(anyJson, { weight: 2, arbitrary: recordFor('start') }), anyAcceptLanguage, async (body, lang) => {
      const res = await send('POST', '/v1/registrations', JSON.stringify(body), { 'content-type': 'application/json', 'accept-language': lang });
      assertWellFormed(res, `start ${JSON.stringify(body).slice(0, 200)}`);
    }), OPTIONS);
  });

  for (const endpoint of FLOW_ENDPOINTS) {
    test(`POST /v1/registrations/{id}/${endpoint}: any JSON value or near-valid record, on live and made-up flows`, async () => {
      await fc.assert(fc.asyncProperty(segmentOrFlow, fc.oneof(anyJson, { weight: 3, arbitrary: recordFor(endpoint) }), anyAcceptLanguage, async (pick, body, lang) => {
        const res = await send('POST', `/v1/registrations/${idOf(pick)}/${endpoint}`, JSON.stringify(body), { 'content-type': 'application/json', 'accept-language': lang });
        assertWellFormed(res, `${endpoint} ${JSON.stringify(pick)} ${JSON.stringify(body).slice(0, 200)}`);
        await afterResponse(res, pick);
      }), OPTIONS);
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
    const tampered = fc.record(Object.fromEntries(Object.keys(solved).map((k) => [k, fc.option(fc.oneof(anyFieldValue, fc.constant(undefined)), { freq: 2 })])))
      .map((changes) => {
        const out: Record<string, unknown> = { ...solved };
        for (const [k, v] of Object.entries(changes)) if (v !== null) out[k] = v;
        return Buffer.from(JSON.stringify(out)).toString('base64');
      });
    const pow = fc.oneof(base64Json, fc.string({ minLength: 1, maxLength: 60 }), { weight: 2, arbitrary: tampered });
    let accepted = 0;
    await fc.assert(fc.asyncProperty(pow, validPhone, async (given, phone) => {
      const res = await powApp.tessera.server.inject({ method: 'POST', url: '/v1/registrations', payload: { phone, pow: given } });
      assertWellFormed(res, `pow ${given.slice(0, 80)}`);
      if (res.statusCode === 201) accepted += 1;
      else if (res.statusCode === 428) assert.equal(typeof res.json().error.details.challenge?.signature, 'string');
    }), OPTIONS);
    assert.ok(accepted <= 1, `a solved challenge was accepted ${accepted} times`);
  });

  test('raw string bodies with a JSON, text or no content type, at every POST endpoint', async () => {
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', undefined, 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/JSON', '');
    const raw = fc.oneof(anyString, fc.json({ maxDepth: 3 }), fc.constantFrom('', ' ', '{', '{"phone":', 'null', '[]', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '\uFEFF{}', '{"phone":"+8613800138000"}'));
    const endpoint = fc.constantFrom('', ...FLOW_ENDPOINTS.map((e) => `/${e}`));
    await fc.assert(fc.asyncProperty(endpoint, segmentOrFlow, raw, contentType, async (suffix, pick, payload, type) => {
      const url = suffix === '' ? '/v1/registrations' : `/v1/registrations/${idOf(pick)}${suffix}`;
      const res = await send('POST', url, payload, { 'content-type': type });
      assertWellFormed(res, `${url} [${type}] ${JSON.stringify(payload.slice(0, 120))}`);
      await afterResponse(res, pick);
    }), OPTIONS);
  });

  test('arbitrary path segments at every endpoint that takes one', async () => {
    const shapes = [
      (s: string) => ['GET', `/v1/registrations/${s}`],
      ...FLOW_ENDPOINTS.map((e) => (s: string) => ['POST', `/v1/registrations/${s}/${e}`]),
      (s: string) => ['GET', `/v1/handles/${s}`],
      (s: string) => ['GET', `/v1/registrations/${s}/${s}`],
      (s: string) => ['GET', `/v1/${s}`],
    ] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...shapes), anySegment, async (shape, segment) => {
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
    }), OPTIONS);
  });

  test('GET /v1/handles/{h}: any handle, answered with availability or a refusal', async () => {
    const handle = fc.oneof(PLAUSIBLE.handle!.map((h) => String(h)), fc.string({ unit: 'binary', minLength: 1, maxLength: 70 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, 'x')));
    await fc.assert(fc.asyncProperty(handle, async (h) => {
      const res = await send('GET', `/v1/handles/${encodeURIComponent(h)}`, undefined, {});
      assertWellFormed(res, `handle ${JSON.stringify(h)}`);
      if (res.statusCode === 200) assert.equal(typeof res.json().available, 'boolean');
    }), OPTIONS);
  });

  test('GET /v1/me with any Authorization header: 200 only for the real token', async () => {
    const [id] = token.split('.');
    const header = fc.oneof(
      fc.string({ maxLength: 80 }).map((s) => `Bearer ${s}`),
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/).map((t) => `Bearer ${t}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((secret) => `Bearer ${id}.${secret}`),
      fc.constantFrom('Bearer', 'Bearer ', `Basic ${token}`, `Bearer ${token}.`, `Bearer ${token}x`, `Bearer  ${id}.`, 'Bearer .'),
    ).map((h) => h.replace(/[^\x20-\x7e]/g, ''));
    await fc.assert(fc.asyncProperty(header, async (authorization) => {
      const res = await send('GET', '/v1/me', undefined, { authorization });
      assertWellFormed(res, `authorization ${JSON.stringify(authorization)}`);
      assert.equal(res.statusCode, 401, `authorization ${JSON.stringify(authorization)}`);
      assert.equal(res.json().error.code, 'unauthenticated');
    }), OPTIONS);
    const ok = await send('GET', '/v1/me', undefined, { authorization: `Bearer ${token}` });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('GET /_dev/sms?to=…&limit=…: any query', async () => {
    const value = fc.oneof(phoneish, anyString.map((s) => s.slice(0, 100)), fc.constantFrom(registeredPhone, registeredPhone.slice(1), ' 8613800138000'));
    const limit = fc.option(fc.oneof(fc.integer({ min: -5, max: 1000 }).map(String), fc.string({ maxLength: 6 })), { nil: undefined });
    await fc.assert(fc.asyncProperty(value, limit, async (to, lim) => {
      const query = new URLSearchParams({ to: to.replace(/[\uD800-\uDFFF]/g, 'x'), ...(lim !== undefined ? { limit: lim } : {}) });
      const res = await send('GET', `/_dev/sms?${query}`, undefined, {});
      assertWellFormed(res, `/_dev/sms?${query}`);
      if (res.statusCode === 200) assert.ok(Array.isArray(res.json().messages));
    }), OPTIONS);
  });
});
