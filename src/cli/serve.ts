import { createTessera } from '../app.ts';
import type { RuntimeSettings } from '../config/index.ts';
import { prepareDataDir } from './data-dir.ts';
import { announceServer } from './running-server.ts';

export async function runServer(runtime: RuntimeSettings): Promise<number> {
  prepareDataDir(runtime.dataDir);
  const tessera = await createTessera(runtime);
  // A port already taken (or any failure to listen) closes what the start opened.
  const address = await tessera.server.listen({ port: runtime.port, host: runtime.host }).catch(async (err: unknown) => {
    await tessera.close();
    throw err;
  });
  const retract = announceServer(runtime.dataDir, address);
  tessera.log.info(`Tessera listening on ${address} (${runtime.mode === 'dev' ? 'dev mode' : 'production mode'})`);
  if (runtime.mode === 'dev') tessera.log.info(`dev SMS inbox: ${address}/_dev/sms.html`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  tessera.log.info('shutting down');
  retract();
  await tessera.close();
  return 0;
}
