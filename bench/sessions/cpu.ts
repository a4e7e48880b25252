/**
 * CPU time spent during one measured window, by process: the server under test (its main thread
 * apart), the Postgres backends of its database, the load generator (wrk: a child of this process, so it shows in our
 * children's time once it has exited and been reaped) and the rest of the machine. Read from
 * /proc, so Linux only; elsewhere the figures are null and the report shows a dash.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  wallMs: number;
  /** CLOCK_MONOTONIC in µs, the clock of V8's CPU profiles, so a profile can be cut to the window. */
  monoUs: number;
  machineMs: number | null;
  serverMs: number | null;
  serverMainMs: number | null;
  /** CPU time by pid of the backends serving the measured system's database. */
  postgres: Map<number, number> | null;
  /** This process's reaped children: wrk, after it exits. */
  childrenMs: number | null;
}

export interface CpuSpent {
  wallMs: number;
  windowMonoUs: [from: number, to: number];
  machineMs: number | null;
  serverMs: number | null;
  serverMainMs: number | null;
  postgresMs: number | null;
  loadGeneratorMs: number | null;
  /** machine − server − Postgres − load generator: this bench process, the idle other server, other people's work. */
  otherMs: number | null;
}

const msPerTick = (() => {
  try {
    return 1000 / (Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100);
  } catch {
    return 10;
  }
})();

function statFields(path: string): { comm: string; fields: string[] } | null {
  try {
    const stat = readFileSync(path, 'utf8');
    const close = stat.lastIndexOf(')');
    return { comm: stat.slice(stat.indexOf('(') + 1, close), fields: stat.slice(close + 2).split(' ') };
  } catch {
    return null;
  }
}

// Fields after the command name, 0-based: utime 11, stime 12, cutime 13, cstime 14.
const own = (path: string) => {
  const s = statFields(path);
  return s ? (Number(s.fields[11]) + Number(s.fields[12])) * msPerTick : null;
};

function machineMs(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return (cpu.reduce((a, b) => a + b, 0) - (cpu[3] ?? 0) - (cpu[4] ?? 0)) * msPerTick;
  } catch {
    return null;
  }
}

/**
 * The backends serving `database`: Postgres titles each one "postgres: … <user> <database> <host>
 * <state>", so other databases on the same server (the other system's, other people's) are left
 * out, and so are the shared WAL writer and checkpointer (a session check writes nothing).
 */
function postgresByPid(database: string): Map<number, number> | null {
  try {
    const byPid = new Map<number, number>();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const s = statFields(`/proc/${pid}/stat`);
      if (s?.comm !== 'postgres') continue;
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (title.includes(` ${database} `)) byPid.set(Number(pid), (Number(s.fields[11]) + Number(s.fields[12])) * msPerTick);
    }
    return byPid;
  } catch {
    return null;
  }
}

export function sampleCpu(serverPid: number, database: string): CpuSample {
  const self = statFields('/proc/self/stat');
  return {
    wallMs: performance.now(),
    monoUs: Number(process.hrtime.bigint() / 1000n),
    machineMs: machineMs(),
    serverMs: own(`/proc/${serverPid}/stat`),
    serverMainMs: own(`/proc/${serverPid}/task/${serverPid}/stat`),
    postgres: postgresByPid(database),
    childrenMs: self ? (Number(self.fields[13]) + Number(self.fields[14])) * msPerTick : null,
  };
}

export function cpuBetween(a: CpuSample, b: CpuSample): CpuSpent {
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  let postgresMs: number | null = null;
  if (a.postgres && b.postgres) {
    // Per backend: one that ended in the window subtracts nothing, a new one counts from zero.
    postgresMs = 0;
    for (const [pid, ms] of b.postgres) postgresMs += ms - (a.postgres.get(pid) ?? 0);
  }
  const machine = diff(a.machineMs, b.machineMs);
  const server = diff(a.serverMs, b.serverMs);
  const loadGenerator = diff(a.childrenMs, b.childrenMs);
  const known = [server, postgresMs, loadGenerator];
  return {
    wallMs: b.wallMs - a.wallMs,
    windowMonoUs: [a.monoUs, b.monoUs],
    machineMs: machine,
    serverMs: server,
    serverMainMs: diff(a.serverMainMs, b.serverMainMs),
    postgresMs,
    loadGeneratorMs: loadGenerator,
    otherMs: machine === null || known.includes(null) ? null : Math.max(0, machine - known.reduce((s, x) => s! + x!, 0)!),
  };
}
