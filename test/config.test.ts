import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildPolicy, parseFlags, readPolicyFile, renderConfigDocs, resolveRuntime } from '../src/config/index.ts';
import { ConfigError } from '../src/core/errors.ts';
import { smsAdapter } from '../src/sms/adapters/index.ts';

/** Asserts a ConfigError whose message names every one of `names`. */
function refuses(fn: () => unknown, ...names: string[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, `not a ConfigError: ${String(err)}`);
    for (const name of names) assert.ok(err.message.includes(name), `"${err.message}" does not name ${name}`);
    return true;
  });
}

// The policy file's keys as docs/configuration.md lists them, with real provider names in place of placeholders.
const POLICY_EXAMPLE = {
  regions: { allow: ['CN', 'HK'] },
  codes: { length: 6, ttlSeconds: 300, maxAttempts: 5, resendSeconds: 60, maxSendsPerFlow: 5 },
  budgets: {
    perNumberHour: 5,
    perNumberDay: 10,
    noticesPerNumberDay: 5,
    perIpHour: 20,
    perIpDay: 100,
    perBlockHour: 10,
    perCountryDay: 2000,
    perInstanceDay: 5000,
    powAfterPerIp10Min: 3,
    handleLookupsPerIpMinute: 60,
  },
  breaker: { minSends: 20, minVerifiedRatio: 0.2 },
  password: { minLength: 8, maxLength: 128, minScore: 3 },
  http: { trustProxy: false },
  sms: {
    providers: {
      inbox: { type: 'dev' },
      kannel1: { type: 'kannel', url: 'http://127.0.0.1:13013/cgi-bin/sendsms', username: 'tessera', password: 'secret' },
      smsc: { type: 'smpp', host: '127.0.0.1', port: 2775, systemId: 'tessera', password: 'secret' },
      twilio1: { type: 'twilio', accountSid: 'AC123', authToken: 'token', from: '+15005550006' },
      aliyun1: { type: 'aliyun', accessKeyId: 'id', accessKeySecret: 'secret', signName: 'Tessera', templates: {} },
      tencent1: { type: 'tencent', secretId: 'id', secretKey: 'key', sdkAppId: '1400000000', signName: 'Tessera', templates: {} },
      relay: { type: 'http', url: 'https://sms-relay.internal.example/send', secret: 'r'.repeat(40) },
    },
    routes: { default: ['twilio1', 'relay'], CN: ['aliyun1', 'tencent1', 'kannel1'], HK: ['smsc', 'inbox'] },
  },
};

describe('the policy (buildPolicy)', () => {
  test('defaults are the documented ones (docs/configuration.md)', () => {
    const p = buildPolicy({});
    assert.deepEqual(p.regions.allow, ['CN', 'HK']);
    assert.deepEqual(p.codes, { length: 6, ttlSeconds: 300, maxAttempts: 5, resendSeconds: 60, maxSendsPerFlow: 5 });
    assert.deepEqual(p.budgets, POLICY_EXAMPLE.budgets);
    assert.deepEqual(p.breaker, { minSends: 20, minVerifiedRatio: 0.2 });
    assert.deepEqual(p.password, { minLength: 8, maxLength: 128, minScore: 3 });
    assert.deepEqual(p.http, { trustProxy: false, headersTimeoutSeconds: 10, requestTimeoutSeconds: 30 });
    // cacheSeconds is Tessera's own (docs/login.md), beside the other three.
    assert.deepEqual(p.sessions, { idleDays: 30, absoluteDays: 180, maxPerAccount: 20, cacheSeconds: 10 });
    assert.deepEqual([p.sms.providers, p.sms.routes], [{}, {}]);
    assert.equal(p.app.defaultLocale, 'en');
    assert.deepEqual(buildPolicy(), p);
  });

  test('accepts every key of the example policy and keeps the values given', () => {
    const p = buildPolicy(POLICY_EXAMPLE);
    for (const [section, values] of Object.entries(POLICY_EXAMPLE)) {
      for (const [key, value] of Object.entries(values)) {
        assert.deepEqual((p as unknown as Record<string, Record<string, unknown>>)[section]![key], value, `${section}.${key}`);
      }
    }
  });

  test('overrides one key and keeps the defaults beside it', () => {
    const p = buildPolicy({ codes: { ttlSeconds: 180 }, regions: { allow: 'all' } });
    assert.equal(p.codes.ttlSeconds, 180);
    assert.equal(p.codes.maxAttempts, 5);
    assert.equal(p.regions.allow, 'all');
  });

  test('an unknown top-level or nested key is refused by name', () => {
    refuses(() => buildPolicy({ limits: {} }), 'limits');
    refuses(() => buildPolicy({ codes: { ttl: 300 } }), 'codes.ttl');
    refuses(() => buildPolicy({ budgets: { perNumberMinute: 1 } }), 'budgets.perNumberMinute');
  });

  test('names that objects inherit are unknown keys too', () => {
    refuses(() => buildPolicy({ toString: 1 }), '"toString"');
    refuses(() => buildPolicy({ codes: { constructor: 5 } }), 'codes.constructor');
    refuses(() => buildPolicy(JSON.parse('{"__proto__": {"codes": {"ttlSeconds": 5}}}')), '__proto__');
    refuses(() => buildPolicy({ sms: { providers: { a: { type: 'dev' } }, routes: { default: ['constructor'] } } }), 'sms.routes.default', 'constructor');
  });

  test('a wrong type is refused by name', () => {
    refuses(() => buildPolicy({ codes: { length: '6' } }), 'codes.length');
    refuses(() => buildPolicy({ http: { trustProxy: 'yes' } }), 'http.trustProxy');
    refuses(() => buildPolicy({ codes: 5 }), '"codes"');
    refuses(() => buildPolicy({ regions: { allow: 'CN' } }), 'regions.allow');
    refuses(() => buildPolicy({ sms: { providers: [] } }), 'sms.providers');
    refuses(() => buildPolicy({ sms: { providers: { a: 'dev' } } }), 'sms.providers.a');
    refuses(() => buildPolicy({ breaker: { minVerifiedRatio: '0.2' } }), 'breaker.minVerifiedRatio');
    for (const root of [null, [], 'x', 5]) refuses(() => buildPolicy(root), 'JSON object');
  });

  test('an impossible value is refused by name: negative, fractional or over-long TTLs, ratios over 1', () => {
    refuses(() => buildPolicy({ codes: { ttlSeconds: -1 } }), 'codes.ttlSeconds', '-1');
    refuses(() => buildPolicy({ codes: { ttlSeconds: 601 } }), 'codes.ttlSeconds', '601');
    refuses(() => buildPolicy({ codes: { ttlSeconds: 300.5 } }), 'codes.ttlSeconds');
    refuses(() => buildPolicy({ codes: { length: 4 } }), 'codes.length');
    refuses(() => buildPolicy({ codes: { maxAttempts: 0 } }), 'codes.maxAttempts');
    refuses(() => buildPolicy({ breaker: { minVerifiedRatio: 1.5 } }), 'breaker.minVerifiedRatio');
    refuses(() => buildPolicy({ password: { minLength: 20, maxLength: 10 } }), 'password.minLength', 'password.maxLength');
    refuses(() => buildPolicy({ budgets: { perNumberHour: 20, perNumberDay: 10 } }), 'budgets.perNumberHour');
    assert.equal(buildPolicy({ codes: { ttlSeconds: 600 } }).codes.ttlSeconds, 600);
  });

  test('a bad region code is refused by name', () => {
    for (const allow of [['cn'], ['CHN'], ['C1'], [], ['CN', 5], 'everywhere']) {
      refuses(() => buildPolicy({ regions: { allow } }), 'regions.allow');
    }
    refuses(() => buildPolicy({ sms: { providers: { a: { type: 'dev' } }, routes: { cn: ['a'] } } }), 'sms.routes.cn');
  });

  test('routes must name configured providers, and providers a known type', () => {
    refuses(() => buildPolicy({ sms: { providers: { a: { type: 'dev' } }, routes: { default: ['b'] } } }), 'sms.routes.default', '"b"');
    refuses(() => buildPolicy({ sms: { providers: { a: { type: 'dev' } }, routes: { CN: [] } } }), 'sms.routes.CN');
    refuses(() => buildPolicy({ sms: { providers: { pigeon: { type: 'carrier-pigeon' } } } }), 'sms.providers.pigeon.type', 'carrier-pigeon');
    refuses(() => buildPolicy({ sms: { providers: { a: {} } } }), 'sms.providers.a.type');
  });

  test('readPolicyFile names the file when it is missing or not JSON, and the key when JSON is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-config-'));
    try {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{ "codes": { "ttlSeconds": 300, } }');
      refuses(() => readPolicyFile(bad), bad);
      refuses(() => readPolicyFile(join(dir, 'missing.json')), 'missing.json');
      const wrong = join(dir, 'wrong.json');
      writeFileSync(wrong, JSON.stringify({ codes: { ttlSeconds: 900 } }));
      refuses(() => readPolicyFile(wrong), 'codes.ttlSeconds');
      const good = join(dir, 'good.json');
      writeFileSync(good, JSON.stringify(POLICY_EXAMPLE));
      assert.deepEqual(readPolicyFile(good).sms.routes, POLICY_EXAMPLE.sms.routes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test("a provider's own settings go through the same check, by its adapter's schema, naming the key by its full path", () => {
  const relay = smsAdapter('http')!;
  const path = ['sms', 'providers', 'relay'];
  assert.equal(relay.configure({ type: 'http', url: 'https://gw.example/sms', secret: 's'.repeat(32) }, path).timeoutMs, 10_000);
  refuses(
    () => relay.configure({ type: 'http', url: 'https://gw.example/sms', secret: 's'.repeat(32), timeoutMs: '5' }, path),
    '"sms.providers.relay.timeoutMs" must be an integer from 100 to 120000',
  );
  refuses(() => relay.configure({ type: 'http', url: 'https://gw.example/sms' }, path), '"sms.providers.relay.secret" is required');
  refuses(
    () => relay.configure({ type: 'http', url: 'https://gw.example/sms', secret: 'short-secret' }, path),
    '"sms.providers.relay.secret" must be at least 32 characters',
  );
  assert.throws(
    () => relay.configure({ type: 'http', url: 'https://gw.example/sms', secret: 'short-secret' }, path),
    (e: Error) => !e.message.includes('short-secret'),
    'a secret stays out of the message',
  );
  refuses(
    () => buildPolicy({ codes: { ttlSeconds: -1, ttl: 5 } }),
    'unknown key "codes.ttl" (known: length, ttlSeconds',
    '"codes.ttlSeconds" must be an integer from 60 to 600 (got -1)',
  );
  refuses(() => buildPolicy({ webauthn: { origins: ['https://x.example/path'] } }), '"webauthn.origins[0]"');
});

test('docs/configuration.md is the rendering of the spec', () => {
  const docs = readFileSync(new URL('../docs/configuration.md', import.meta.url), 'utf8');
  assert.ok(docs === renderConfigDocs(), 'docs/configuration.md is out of date: run `npm run docs:config` and commit the result');
  for (const key of ['codes.ttlSeconds', 'budgets.perIpHour', 'sms.routes', 'TESSERA_SECRET', 'DATABASE_URL']) assert.ok(docs.includes(key), key);
});

describe('process settings (resolveRuntime, parseFlags)', () => {
  test('defaults per mode', () => {
    const dev = resolveRuntime('dev', {}, {});
    assert.deepEqual(
      {
        port: dev.port,
        host: dev.host,
        dataDir: dev.dataDir,
        databaseUrl: dev.databaseUrl,
        databasePrepare: dev.databasePrepare,
        redisUrl: dev.redisUrl,
        configFile: dev.configFile,
        secret: dev.secret,
        logLevel: dev.logLevel,
      },
      {
        port: 3000,
        host: '127.0.0.1',
        dataDir: './.tessera',
        databaseUrl: undefined,
        databasePrepare: true,
        redisUrl: undefined,
        configFile: undefined,
        secret: undefined,
        logLevel: 'info',
      },
    );
    assert.equal(resolveRuntime('production', {}, {}).host, '0.0.0.0');
  });

  test('the environment is read when no flag is given, and a flag wins over it', () => {
    const env = {
      PORT: '4000',
      HOST: '10.0.0.1',
      TESSERA_DATA_DIR: '/var/lib/env',
      DATABASE_URL: 'postgres://env/db',
      REDIS_URL: 'redis://env:6379',
      TESSERA_CONFIG: '/etc/env.json',
      TESSERA_SECRET: 'e'.repeat(64),
      LOG_LEVEL: 'warn',
      DATABASE_PREPARE: 'off',
    };
    const fromEnv = resolveRuntime('dev', {}, env);
    assert.deepEqual(
      [
        fromEnv.port,
        fromEnv.host,
        fromEnv.dataDir,
        fromEnv.databaseUrl,
        fromEnv.redisUrl,
        fromEnv.configFile,
        fromEnv.secret,
        fromEnv.logLevel,
        fromEnv.databasePrepare,
      ],
      [4000, '10.0.0.1', '/var/lib/env', 'postgres://env/db', 'redis://env:6379', '/etc/env.json', 'e'.repeat(64), 'warn', false],
    );
    const { flags } = parseFlags([
      '--port',
      '5000',
      '--host=::1',
      '--data-dir',
      '/srv/flag',
      '--database-url',
      'postgresql://flag/db',
      '--redis-url=rediss://flag:6380',
      '--config',
      '/etc/flag.json',
      '--secret',
      'f'.repeat(64),
      '--log-level',
      'debug',
      '--database-prepare',
      'on',
    ]);
    const fromFlags = resolveRuntime('dev', flags, env);
    assert.deepEqual(
      [
        fromFlags.port,
        fromFlags.host,
        fromFlags.dataDir,
        fromFlags.databaseUrl,
        fromFlags.redisUrl,
        fromFlags.configFile,
        fromFlags.secret,
        fromFlags.logLevel,
        fromFlags.databasePrepare,
      ],
      [5000, '::1', '/srv/flag', 'postgresql://flag/db', 'rediss://flag:6380', '/etc/flag.json', 'f'.repeat(64), 'debug', true],
    );
  });

  test('an empty DATABASE_URL means the embedded database', () => {
    assert.equal(resolveRuntime('dev', {}, { DATABASE_URL: '' }).databaseUrl, undefined);
  });

  test('a bad PORT, DATABASE_URL, DATABASE_PREPARE, REDIS_URL or LOG_LEVEL is refused by name, with the value', () => {
    refuses(() => resolveRuntime('dev', {}, { DATABASE_PREPARE: 'yes' }), 'DATABASE_PREPARE', 'yes');
    refuses(() => resolveRuntime('dev', { databasePrepare: '0' }, {}), '--database-prepare', '0');
    for (const port of ['abc', '70000', '-1', '80.5', '3000x']) {
      refuses(() => resolveRuntime('dev', {}, { PORT: port }), 'PORT', port);
      refuses(() => resolveRuntime('dev', { port }, {}), '--port', port);
    }
    refuses(() => resolveRuntime('dev', {}, { DATABASE_URL: 'mysql://localhost/db' }), 'DATABASE_URL', 'postgres://');
    refuses(() => resolveRuntime('dev', { databaseUrl: '/var/db' }, {}), '--database-url');
    refuses(() => resolveRuntime('dev', {}, { REDIS_URL: 'http://localhost:6379' }), 'REDIS_URL');
    refuses(() => resolveRuntime('dev', {}, { LOG_LEVEL: 'verbose' }), 'LOG_LEVEL', 'verbose');
    refuses(() => resolveRuntime('dev', { logLevel: 'loud' }, {}), '--log-level', 'loud');
  });

  test('parseFlags: inline and separate values, positional words, unknown options and missing values', () => {
    assert.deepEqual(parseFlags(['--port=8080', 'add', '+86170*', 'toString', 'spam']), {
      flags: { port: '8080' },
      rest: ['add', '+86170*', 'toString', 'spam'],
    });
    assert.deepEqual(parseFlags(['--config', 'a=b.json']).flags, { configFile: 'a=b.json' });
    refuses(() => parseFlags(['--prot', '80']), 'unknown option --prot');
    refuses(() => parseFlags(['--port']), '--port');
  });
});
