/**
 * CPU time spent during a measurement window, split between the server child (its main thread
 * apart), this process (the load generator), Postgres and everything else on the machine. Read
 * from /proc, so it is Linux only; elsewhere the figures are null and the report shows a dash.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  wallMs: number;
  /** CLOCK_MONOTONIC in µs: the clock of V8's CPU profiles, so a profile can be cut to the window. */
  monoUs: number;
  machineBusyMs: number | null;
  serverMs: number | null;
  serverMainThreadMs: number | null;
  /** CPU time by pid of the backends serving the server's database. */
  postgres: Map<number, number> | null;
  /** CPU time of the machine's redis-server processes, when the server uses Redis. */
  redisMs: number | null;
  benchMs: number;
}

export interface CpuSpent {
  wallMs: number;
  windowMonoUs: [from: number, to: number];
  /** Busy CPU time of the whole machine, all cores together. */
  machineMs: number | null;
  /** All the server's threads: the event loop, libuv's pool (argon2), V8's helpers. */
  serverMs: number | null;
  /** The server's event loop alone. */
  serverMainThreadMs: number | null;
  /** The backends of the server's database; null on PGlite (its SQL runs in the server's event loop). */
  postgresMs: number | null;
  /** redis-server, when the server keeps its counters there; else null. */
  redisMs: number | null;
  benchMs: number;
  /** machine − server − bench − Postgres backends − Redis: whatever else ran on the machine meanwhile. */
  otherMs: number | null;
}

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const msPerTick = 1000 / ticksPerSecond;

function machineBusyMs(): number | null {
  try {
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // Fields: user nice system idle iowait irq softirq steal guest…; guest time is already in
    // user, and idle, iowait and steal (the hypervisor running someone else) are not ours.
    return (user + nice + system + irq + softirq) * msPerTick;
  } catch {
    return null;
  }
}

/** utime + stime of a /proc/…/stat file, and the command name. */
function readStat(path: string): { comm: string; ms: number } | null {
  try {
    const stat = readFileSync(path, 'utf8');
    const close = stat.lastIndexOf(')');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(close + 2).split(' ');
    return { comm: stat.slice(stat.indexOf('(') + 1, close), ms: (Number(fields[11]) + Number(fields[12])) * msPerTick };
  } catch {
    return null;
  }
}

/**
 * The backends serving `database`: Postgres titles each one "postgres: … <user> <database> <host>
 * <state>", so other people's databases on the same server are left out (so are the shared WAL
 * writer and checkpointer, which serve everyone).
 */
function postgresByPid(database: string | undefined): Map<number, number> | null {
  if (!database) return null;
  try {
    const byPid = new Map<number, number>();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = readStat(`/proc/${pid}/stat`);
      if (stat?.comm !== 'postgres') continue;
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (title.includes(` ${database} `)) byPid.set(Number(pid), stat.ms);
    }
    return byPid;
  } catch {
    return null;
  }
}

/** All redis-server processes together (a bench machine runs one). */
function redisMs(): number | null {
  try {
    let total = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const stat = readStat(`/proc/${pid}/stat`);
      if (stat?.comm === 'redis-server') total += stat.ms;
    }
    return total;
  } catch {
    return null;
  }
}

/** Per process, so backends that end during the window subtract nothing; new ones count from zero. */
function postgresBetween(a: Map<number, number> | null, b: Map<number, number> | null): number | null {
  if (!a || !b) return null;
  let total = 0;
  for (const [pid, ms] of b) total += ms - (a.get(pid) ?? 0);
  return total;
}

/** `postgresDatabase`: the server's database when it runs on Postgres, so its backends can be told apart. */
export function sampleCpu(serverPid: number, postgresDatabase?: string, withRedis = false): CpuSample {
  const usage = process.cpuUsage();
  return {
    wallMs: performance.now(),
    monoUs: Number(process.hrtime.bigint() / 1000n),
    machineBusyMs: machineBusyMs(),
    serverMs: readStat(`/proc/${serverPid}/stat`)?.ms ?? null,
    serverMainThreadMs: readStat(`/proc/${serverPid}/task/${serverPid}/stat`)?.ms ?? null,
    postgres: postgresByPid(postgresDatabase),
    redisMs: withRedis ? redisMs() : null,
    benchMs: (usage.user + usage.system) / 1000,
  };
}

export function cpuBetween(a: CpuSample, b: CpuSample): CpuSpent {
  const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : y - x);
  const machineMs = diff(a.machineBusyMs, b.machineBusyMs);
  const serverMs = diff(a.serverMs, b.serverMs);
  const postgresMs = postgresBetween(a.postgres, b.postgres);
  const redis = diff(a.redisMs, b.redisMs);
  const benchMs = b.benchMs - a.benchMs;
  return {
    wallMs: b.wallMs - a.wallMs,
    windowMonoUs: [a.monoUs, b.monoUs],
    machineMs,
    serverMs,
    serverMainThreadMs: diff(a.serverMainThreadMs, b.serverMainThreadMs),
    postgresMs,
    redisMs: redis,
    benchMs,
    otherMs: machineMs === null || serverMs === null ? null : Math.max(0, machineMs - serverMs - benchMs - (postgresMs ?? 0) - (redis ?? 0)),
  };
}
