import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { buildPolicy } from '../src/config/index.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';

/*
 * A client that dribbles its request is cut off after `http.headersTimeoutSeconds` (headers) or
 * `http.requestTimeoutSeconds` (the whole request), not after Node's 60 s or never: over a real
 * socket to a listening server, since `inject` has no socket to time out.
 */

const HEADERS_S = 2;
const REQUEST_S = 3;
/** Node looks for late connections once a second (http/server.ts), and the machine may be busy. */
const SLACK_MS = 2000;

interface Outcome {
  closedAfterMs: number;
  received: string;
}

/** Connects, writes `prefix` at once, then the rest one byte every 500 ms until the server closes (or `giveUpMs` passes). */
async function dribble(port: number, prefix: string, rest: string, giveUpMs: number): Promise<Outcome> {
  const socket: Socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const started = Date.now();
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk.toString('latin1');
  });
  socket.write(prefix);
  let i = 0;
  const timer = setInterval(() => {
    if (!socket.writable) return;
    socket.write(rest[i % rest.length]!);
    i += 1;
  }, 500);
  try {
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), giveUpMs);
      socket.once('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
      socket.on('error', () => {}); // a reset after the 408 is a close too
    });
    assert.ok(closed, `the server kept a dribbling connection open for ${giveUpMs} ms (received ${JSON.stringify(received)})`);
    return { closedAfterMs: Date.now() - started, received };
  } finally {
    clearInterval(timer);
    socket.destroy();
  }
}

describe('slow clients (pglite, a listening server)', () => {
  let app: TestApp;
  let port: number;
  before(async () => {
    app = await startTestApp('pglite', { policy: { http: { headersTimeoutSeconds: HEADERS_S, requestTimeoutSeconds: REQUEST_S } } });
    const address = await app.tessera.server.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(address).port);
  });
  after(async () => app?.close());

  test('the defaults: 10 s for the headers, 30 s for the whole request', () => {
    const { http } = buildPolicy({});
    assert.equal(http.headersTimeoutSeconds, 10);
    assert.equal(http.requestTimeoutSeconds, 30);
    assert.throws(() => buildPolicy({ http: { headersTimeoutSeconds: 40 } }), /"http\.headersTimeoutSeconds" must not exceed "http\.requestTimeoutSeconds"/);
    assert.throws(() => buildPolicy({ http: { headersTimeoutSeconds: 0 } }), /"http\.headersTimeoutSeconds"/);
  });

  test('headers sent a byte every 500 ms: 408 and closed after headersTimeoutSeconds', async () => {
    const giveUpMs = HEADERS_S * 1000 + SLACK_MS + 5000;
    const { closedAfterMs, received } = await dribble(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ', 'abcdefghij', giveUpMs);
    assert.ok(closedAfterMs >= HEADERS_S * 1000 - 500, `closed after ${closedAfterMs} ms: sooner than the headers timeout`);
    assert.ok(closedAfterMs <= HEADERS_S * 1000 + SLACK_MS, `closed after ${closedAfterMs} ms, not within ${HEADERS_S} s + ${SLACK_MS} ms`);
    assert.match(received, /^HTTP\/1\.1 408 /);
  });

  test('a body sent a byte every 500 ms: 408 and closed after requestTimeoutSeconds', async () => {
    const headers = 'POST /v1/registrations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    const giveUpMs = REQUEST_S * 1000 + SLACK_MS + 5000;
    const { closedAfterMs, received } = await dribble(port, headers, '          ', giveUpMs);
    assert.ok(closedAfterMs >= REQUEST_S * 1000 - 500, `closed after ${closedAfterMs} ms: sooner than the request timeout`);
    assert.ok(closedAfterMs <= REQUEST_S * 1000 + SLACK_MS, `closed after ${closedAfterMs} ms, not within ${REQUEST_S} s + ${SLACK_MS} ms`);
    assert.match(received, /^HTTP\/1\.1 408 /);
  });

  test('a client that sends its request at once is answered as usual', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });
});
