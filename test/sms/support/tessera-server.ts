/**
 * Tessera as a real process for the crash tests: the composition root of `tessera dev`, with a
 * short outbox lease so a restart picks up what a kill left behind in seconds, not a minute.
 * Settings come from the environment as for `tessera dev` (TESSERA_DATA_DIR, DATABASE_URL,
 * TESSERA_CONFIG, PORT); prints `READY <url>` once it listens.
 */
import { createTessera } from '../../../src/app.ts';
import { resolveRuntime } from '../../../src/config/index.ts';

const runtime = resolveRuntime('dev', {}, process.env);
const tessera = await createTessera(runtime, {
  outboxLeaseSeconds: Number(process.env.TEST_OUTBOX_LEASE_SECONDS ?? '60'),
  outboxPollMs: 200,
});
const address = await tessera.server.listen({ port: runtime.port, host: '127.0.0.1' });
console.log(`READY ${address}`);
process.once('SIGTERM', () => {
  void tessera.close().then(() => process.exit(0));
});
