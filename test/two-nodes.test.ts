import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import pg from 'pg';
import { generateSecret } from '../src/core/secrets.ts';
import { STRONG_PASSWORD, postgresUnavailable } from './helpers/app.ts';
import { freePort, redisUnavailable } from './helpers/abuse.ts';
import { TEST_REDIS_URL, createScratchDatabase } from './helpers/services.ts';

/*
 * docs/abuse.md: limits hold across nodes. Two `tessera dev` processes share one Postgres and one Redis
 * (a database index of its own, flushed at the start) and one server secret; requests alternate
 * between them, as behind a load balancer that sets X-Forwarded-For (`http.trustProxy`).
 */

const PG_SKIP = await postgresUnavailable();
const REDIS_SKIP = await redisUnavailable();
const SKIP = PG_SKIP ?? REDIS_SKIP;
const BIN = new URL('../bin/tessera.js', import.meta.url).pathname;

const POLICY = {
  http: { trustProxy: true },
  codes: { resendSeconds: 0 },
  breaker: { minSends: 1_000_000 },
  budgets: { perNumberHour: 5, perNumberDay: 10, perIpHour: 6, perIpDay: 1000, perBlockHour: 10, powAfterPerIp10Min: 100_000 },
};

interface Node {
  url: string;
  child: ChildProcess;
  output: string[];
}

async function startNode(args: string[]): Promise<Node> {
  const port = await freePort();
  const output: string[] = [];
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'TESSERA_CONFIG', 'TESSERA_SECRET', 'TESSERA_ADMIN_TOKEN', 'PORT']) delete env[name];
  const child = spawn(process.execPath, [BIN, 'dev', ...args, '--port', String(port), '--log-level', 'warn'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => output.push(String(d)));
  child.stderr!.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node exited ${child.exitCode}: ${output.join('')}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (ready === 200) return { url, child, output };
    if (Date.now() > deadline) throw new Error(`node not ready: ${output.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopNode(node: Node | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null) return;
  const exited = new Promise((r) => node.child.once('exit', r));
  node.child.kill('SIGTERM');
  await exited;
}

interface Answer {
  status: number;
  body: any;
}

async function call(node: Node, method: string, path: string, body?: unknown, forwardedFor?: string): Promise<Answer> {
  const res = await fetch(`${node.url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() };
}

describe('two nodes on one Postgres and one Redis', { skip: SKIP ?? false }, () => {
  let a: Node;
  let b: Node;
  let db: pg.Client;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const dirs: string[] = [];

  before(async () => {
    scratch = await createScratchDatabase();
    const redisUrl = new URL(TEST_REDIS_URL);
    redisUrl.pathname = '/7';
    const redis = new Redis(redisUrl.toString());
    await redis.flushdb(); // this index only
    redis.disconnect();
    const config = join(mkdtempSync(join(tmpdir(), 'tessera-two-nodes-')), 'policy.json');
    dirs.push(join(config, '..'));
    writeFileSync(config, JSON.stringify(POLICY));
    const secret = generateSecret();
    const args = () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'tessera-node-'));
      dirs.push(dataDir);
      return ['--database-url', scratch.url, '--redis-url', redisUrl.toString(), '--secret', secret, '--config', config, '--data-dir', dataDir];
    };
    // One after the other: each runs the migrations at start, the second finds nothing to do.
    a = await startNode(args());
    b = await startNode(args());
    db = new pg.Client({ connectionString: scratch.url });
    await db.connect();
  });
  after(async () => {
    await stopNode(a);
    await stopNode(b);
    await db?.end();
    await scratch?.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** The newest code the shared dev inbox holds for a number (either node may have delivered it). */
  async function codeFor(phone: string): Promise<string> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { rows } = await db.query('select text from dev_inbox where to_phone = $1 order by created_at desc, id desc limit 1', [phone]);
      const code = rows[0] && /(\d{6})/.exec(rows[0].text as string)?.[1];
      if (code) return code;
      if (Date.now() > deadline) throw new Error(`no code for ${phone}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const alternate = (k: number) => (k % 2 === 0 ? a : b);

  test('a code sent through node A verifies through node B; the account then logs in through A', async () => {
    const phone = '+8613911110000';
    const start = await call(a, 'POST', '/v1/registrations', { phone }, '198.51.100.1');
    assert.equal(start.status, 201, JSON.stringify(start.body));
    const verify = await call(b, 'POST', `/v1/registrations/${start.body.id}/verify`, { code: await codeFor(phone) }, '198.51.100.1');
    assert.equal(verify.status, 200, JSON.stringify(verify.body));
    const done = await call(b, 'POST', `/v1/registrations/${start.body.id}/complete`, { password: STRONG_PASSWORD, acceptTerms: true }, '198.51.100.1');
    assert.equal(done.status, 201, JSON.stringify(done.body));
    const login = await call(a, 'POST', '/v1/sessions', { identifier: phone, password: STRONG_PASSWORD, deviceToken: done.body.deviceToken }, '198.51.100.1');
    assert.equal(login.status, 201, JSON.stringify(login.body));
  });

  test('per number: 12 requests alternating A and B from 12 IPs, 5 codes', async () => {
    const phone = '+8613922220000';
    const answers: Answer[] = [];
    for (let k = 0; k < 12; k++) answers.push(await call(alternate(k), 'POST', '/v1/registrations', { phone }, `198.51.101.${k + 1}`));
    const ok = answers.filter((x) => x.status === 201).length;
    console.log(`per number across nodes: ${ok} of 12 sent`);
    assert.equal(ok, 5);
    assert.ok(answers.filter((x) => x.status !== 201).every((x) => x.body.error.code === 'rate_limited' && x.body.error.details.scope === 'number'));
  });

  test('per number, at once: 20 requests, 10 to each node, 5 codes', async () => {
    const phone = '+8613955550000';
    const answers = await Promise.all(Array.from({ length: 20 }, (_, k) => call(alternate(k), 'POST', '/v1/registrations', { phone }, `198.51.103.${k + 1}`)));
    const ok = answers.filter((x) => x.status === 201).length;
    console.log(`per number across nodes, at once: ${ok} of 20 sent`);
    assert.equal(ok, 5);
  });

  test('per IP (X-Forwarded-For): 10 numbers alternating A and B from one client, 6 codes', async () => {
    const answers: Answer[] = [];
    for (let k = 0; k < 10; k++) answers.push(await call(alternate(k), 'POST', '/v1/registrations', { phone: `+86139${3000 + k}0000` }, '203.0.113.9'));
    const ok = answers.filter((x) => x.status === 201).length;
    console.log(`per IP across nodes: ${ok} of 10 sent`);
    assert.equal(ok, 6);
    assert.ok(answers.slice(6).every((x) => x.body.error?.details?.scope === 'ip'));
    // Another client behind the same proxy has its own budget.
    assert.equal((await call(b, 'POST', '/v1/registrations', { phone: '+8613930990000' }, '203.0.113.10')).status, 201);
  });

  test('per block: 14 numbers of one block alternating A and B from 14 IPs, 10 codes', async () => {
    const answers: Answer[] = [];
    for (let k = 0; k < 14; k++)
      answers.push(await call(alternate(k), 'POST', '/v1/registrations', { phone: `+86139444400${String(k).padStart(2, '0')}` }, `198.51.102.${k + 1}`));
    const ok = answers.filter((x) => x.status === 201).length;
    console.log(`per block across nodes: ${ok} of 14 sent`);
    assert.equal(ok, 10);
  });

  test('every code was delivered once, by one node or the other', async () => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from sms_outbox where status in ('queued', 'sending')`);
      if (rows[0].n === 0) break;
      if (Date.now() > deadline) throw new Error(`${rows[0].n} messages still queued`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const outbox = (await db.query(`select count(*)::int as n from sms_outbox where status <> 'suppressed'`)).rows[0].n;
    const inbox = (await db.query('select count(*)::int as n from dev_inbox')).rows[0].n;
    console.log(`${outbox} messages in the outbox, ${inbox} delivered`);
    assert.equal(outbox, 1 + 5 + 5 + 7 + 10);
    assert.equal(inbox, outbox);
  });
});
