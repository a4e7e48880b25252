import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { SmsSendError, type SmsMessage, type SmsSender } from './port.ts';
import { createSmsRouter, type AttemptOutcome } from './router.ts';

type Behaviour = 'ok' | 'fail' | 'permanent' | 'unsupported' | 'hang';

/** A sender whose next answers are scripted; it records every message it was handed. */
function scripted(name: string, ...script: Behaviour[]) {
  const seen: string[] = [];
  const sender: SmsSender = {
    name,
    async send(message, options = {}) {
      seen.push(message.id);
      const next = script.length > 1 ? script.shift()! : script[0]!;
      if (next === 'ok') return { providerMessageId: `${name}-${seen.length}` };
      if (next === 'permanent') throw new SmsSendError(`${name}: bad number`, { permanent: true });
      if (next === 'unsupported') throw new SmsSendError(`${name}: no template`, { unsupported: true });
      if (next === 'hang') {
        // The open socket of a real hanging gateway keeps the process alive; this timer stands in for it.
        await new Promise((_, reject) => {
          const socket = setTimeout(() => {}, 10_000);
          options.signal?.addEventListener('abort', () => {
            clearTimeout(socket);
            reject(new SmsSendError(`${name}: no answer`, { timedOut: true }));
          });
        });
      }
      throw new SmsSendError(`${name}: 503`);
    },
  };
  return { sender, seen };
}

let n = 0;
const message = (region = 'CN'): SmsMessage => ({ id: `m${++n}`, to: '+8613800138000', region, text: 'x', purpose: 'login', params: {}, locale: 'en' });

function setup(senders: SmsSender[], extra: { timeouts?: Record<string, number>; now?: () => number } = {}) {
  const attempts: { provider: string; outcome: AttemptOutcome }[] = [];
  const circuits: string[] = [];
  const router = createSmsRouter({
    senders: new Map(senders.map((s) => [s.name, s])),
    routes: { CN: ['a', 'b'], default: ['b'] },
    log: pino({ level: 'silent' }),
    circuit: { failureThreshold: 2, openSeconds: 30, maxOpenSeconds: 300 },
    ...(extra.timeouts ? { timeouts: extra.timeouts } : {}),
    ...(extra.now ? { nowMs: extra.now } : {}),
    events: { attempt: (e) => attempts.push({ provider: e.provider, outcome: e.outcome }), circuit: (p, s) => circuits.push(`${p}:${s}`) },
  });
  return { router, attempts, circuits };
}

test('the route of the region is walked in order; an error moves on to the next provider', async () => {
  const a = scripted('a', 'fail');
  const b = scripted('b', 'ok');
  const { router, attempts } = setup([a.sender, b.sender]);
  const out = await router.send(message('CN'));
  assert.deepEqual(out, { kind: 'sent', provider: 'b', providerMessageId: 'b-1' });
  assert.deepEqual(attempts, [
    { provider: 'a', outcome: 'failed' },
    { provider: 'b', outcome: 'sent' },
  ]);
  assert.equal((await router.send(message('HK'))).kind, 'sent');
  assert.equal(a.seen.length, 1, 'HK takes the default route, without a');
});

test('a timeout moves on; a permanent refusal stops the walk', async () => {
  const a = scripted('a', 'hang', 'permanent');
  const b = scripted('b', 'ok');
  const { router, attempts } = setup([a.sender, b.sender], { timeouts: { a: 50 } });
  const started = Date.now();
  assert.equal((await router.send(message())).kind, 'sent');
  assert.ok(Date.now() - started < 3000, 'the router bounds the hand-off even when the adapter does not');
  const refused = await router.send(message());
  assert.equal(refused.kind, 'refused');
  assert.deepEqual(
    attempts.map((x) => `${x.provider}:${x.outcome}`),
    ['a:timeout', 'b:sent', 'a:refused'],
  );
  assert.equal(b.seen.length, 1, 'no other provider after a bad number');
});

test('a provider that keeps failing is skipped while open, probed after, and put back when it recovers', async () => {
  let now = 0;
  const a = scripted('a', 'fail', 'fail', 'fail', 'ok');
  const b = scripted('b', 'ok');
  const { router, attempts, circuits } = setup([a.sender, b.sender], { now: () => now });
  await router.send(message());
  await router.send(message());
  assert.deepEqual(circuits, ['a:open']);
  assert.deepEqual(router.circuitStates(), { a: 'open', b: 'closed' });
  await router.send(message());
  assert.equal(a.seen.length, 2, 'skipped while open');
  assert.equal(attempts.at(-2)!.outcome, 'skipped');
  now += 30_000;
  await router.send(message());
  assert.equal(a.seen.length, 3, 'one probe after 30 s');
  assert.deepEqual(circuits, ['a:open', 'a:half_open', 'a:open']);
  now += 30_000;
  assert.equal((await router.send(message())).kind, 'sent');
  assert.equal(a.seen.length, 3, 'the second opening lasts 60 s');
  now += 30_000;
  assert.deepEqual(await router.send(message()), { kind: 'sent', provider: 'a', providerMessageId: 'a-4' });
  assert.deepEqual(circuits.slice(-2), ['a:half_open', 'a:closed']);
});

test('with every circuit open nothing is contacted and the outcome says when to come back', async () => {
  let now = 0;
  const a = scripted('a', 'fail');
  const b = scripted('b', 'fail');
  const { router } = setup([a.sender, b.sender], { now: () => now });
  await router.send(message());
  await router.send(message());
  now = 1000;
  const out = await router.send(message());
  assert.deepEqual(out, { kind: 'failed', error: 'b: circuit open', tried: 0, retryAt: new Date(30_000) });
});

test('a provider that cannot carry the message is passed over without counting against its health', async () => {
  const a = scripted('a', 'unsupported');
  const b = scripted('b', 'fail');
  const { router, circuits } = setup([a.sender, b.sender]);
  for (let i = 0; i < 3; i++) await router.send(message());
  assert.deepEqual(circuits, ['b:open'], 'a stays closed');
  const onlyA = await router.send(message(), { only: ['a'] });
  assert.deepEqual(onlyA, { kind: 'failed', error: 'a: no template', tried: 0 });
});

test('beforeAttempt runs before each hand-off and can stop the walk; `only` restricts it', async () => {
  const a = scripted('a', 'fail');
  const b = scripted('b', 'ok');
  const { router } = setup([a.sender, b.sender]);
  const noted: string[] = [];
  const out = await router.send(message(), {
    beforeAttempt: async (p) => {
      noted.push(p);
      return p !== 'b';
    },
  });
  assert.deepEqual(out, { kind: 'lost' });
  assert.deepEqual(noted, ['a', 'b']);
  assert.equal(b.seen.length, 0);
  assert.equal((await router.send(message(), { only: ['b'] })).kind, 'sent');
  assert.equal(a.seen.length, 1);
});
