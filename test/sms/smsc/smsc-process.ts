import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface SmscState {
  bindAttempts: number;
  binds: number;
  enquireLinks: number;
  submits: { messageId: string; from: string; to: string; dataCoding: number; text: string; registeredDelivery: number }[];
}

/** Starts smsc-server.ts in a child process and talks to it over IPC. */
export async function startSmsc(credentials: { systemId: string; password: string }) {
  const child: ChildProcess = fork(fileURLToPath(new URL('./smsc-server.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, SMSC_SYSTEM_ID: credentials.systemId, SMSC_PASSWORD: credentials.password },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const request = async <T>(cmd: Record<string, unknown>, type: string): Promise<T> => {
    const reply = new Promise<T>((resolve) => {
      const onMessage = (msg: { type: string }) => {
        if (msg.type !== type) return;
        child.off('message', onMessage);
        resolve(msg as T);
      };
      child.on('message', onMessage);
    });
    child.send(cmd);
    return reply;
  };
  const [ready] = (await once(child, 'message')) as [{ type: string; port: number }];
  return {
    port: ready.port,
    state: () => request<SmscState>({ cmd: 'state' }, 'state'),
    drop: () => request<{ count: number }>({ cmd: 'drop' }, 'dropped'),
    mute: (on: boolean) => request({ cmd: 'mute', on }, 'muted'),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
