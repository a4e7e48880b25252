/**
 * The floor: the least any server must do for the benchmark's registration, to show how close to
 * the argon2 ceiling this machine lets a registration come at all when the load generator shares
 * its cores. The same four HTTP exchanges as Tessera's (same paths, same JSON the client reads),
 * on Fastify, with the same PasswordHasher (argon2id, same parameters, same queue) on complete;
 * and nothing else: no database (a Map), no budgets or counters, no phone parsing, no strength
 * check, no SMS outbox, no log lines. Not Tessera; run by `npm run bench:registration`.
 *
 * With `--strength`, complete also runs Tessera's own password strength check (docs/configuration.md: zxcvbn-ts
 * with the phone and handle as user inputs, `assertStrongPassword` with the default policy) before
 * the hash, as Tessera does: the least a server that keeps docs/configuration.md must do on top of the floor.
 *
 *   node --import tsx bench/registration/floor-server.ts <port> [--strength]
 */
import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { buildPolicy } from '../../src/config/index.ts';
import { generateHandle } from '../../src/handles/index.ts';
import { PasswordHasher } from '../../src/passwords/hasher.ts';
import { assertStrongPassword, passwordUserInputs } from '../../src/passwords/index.ts';

interface Flow {
  phone: string;
  code: string;
  verified: boolean;
}

const port = Number(process.argv[2]);
const strength = process.argv.includes('--strength');
const passwordPolicy = buildPolicy({}).password;
const hasher = new PasswordHasher();
const flows = new Map<string, Flow>();
const inbox = new Map<string, { id: string; to: string; text: string; createdAt: string }>();
const accounts = new Map<string, { id: string; passwordHash: string }>();
const app = Fastify({ logger: false });

app.get('/readyz', async () => ({ status: 'ready' }));

app.post('/v1/registrations', async (req, reply) => {
  const { phone } = req.body as { phone: string };
  const id = randomUUID();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  flows.set(id, { phone, code, verified: false });
  inbox.set(phone, { id: randomUUID(), to: phone, text: `Your code is ${code}`, createdAt: new Date().toISOString() });
  return reply.code(201).send({ id, state: 'code_sent' });
});

app.get('/_dev/sms', async (req) => {
  const message = inbox.get((req.query as { to: string }).to);
  return { messages: message ? [message] : [] };
});

app.post('/v1/registrations/:id/verify', async (req, reply) => {
  const flow = flows.get((req.params as { id: string }).id);
  const { code } = req.body as { code: string };
  if (!flow || Buffer.byteLength(code) !== 6 || !timingSafeEqual(Buffer.from(code), Buffer.from(flow.code))) {
    return reply.code(400).send({ error: { code: 'code_incorrect' } });
  }
  flow.verified = true;
  return { id: (req.params as { id: string }).id, state: 'verified' };
});

app.post('/v1/registrations/:id/complete', async (req, reply) => {
  const id = (req.params as { id: string }).id;
  const flow = flows.get(id);
  if (!flow?.verified) {
    return reply.code(409).send({ error: { code: 'flow_state_invalid' } });
  }
  const { password } = req.body as { password: string };
  if (strength) {
    // The words Tessera gives zxcvbn: the number in its written forms (the load generator's numbers
    // are all +86, so the national number is what follows) and a generated handle.
    const words = { e164: flow.phone, nationalNumber: flow.phone.slice(3), handle: generateHandle(), displayName: null };
    try {
      assertStrongPassword(password, passwordUserInputs(words), passwordPolicy);
    } catch {
      return reply.code(422).send({ error: { code: 'password_weak' } });
    }
  }
  const passwordHash = await hasher.hash(password);
  flows.delete(id);
  inbox.delete(flow.phone);
  const account = { id: randomUUID(), passwordHash };
  accounts.set(flow.phone, account);
  return reply.code(201).send({ account: { id: account.id }, session: { token: randomBytes(32).toString('base64url') } });
});

app.get('/accounts', async () => ({ count: accounts.size }));

await app.listen({ port, host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
