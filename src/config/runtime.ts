import { ConfigError } from '../core/errors.ts';

/** Process-level settings: flags win over environment variables, which win over defaults. */
export interface RuntimeSettings {
  mode: 'dev' | 'production';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Named prepared statements on a Postgres server (off for a pooler that cannot keep them). */
  databasePrepare: boolean;
  redisUrl: string | undefined;
  configFile: string | undefined;
  /** Root secret (≥ 32 bytes, hex or base64) from which code, token and encryption keys derive. */
  secret: string | undefined;
  /** Bearer token of the admin API (/admin/v1); generated into the data dir in dev. */
  adminToken: string | undefined;
  logLevel: string;
}

export const RUNTIME_DOCS: readonly [flag: string, env: string, def: string, doc: string][] = [
  ['--port', 'PORT', '3000', 'TCP port to listen on.'],
  ['--host', 'HOST', '127.0.0.1 in dev, 0.0.0.0 in start', 'Address to listen on.'],
  [
    '--data-dir',
    'TESSERA_DATA_DIR',
    './.tessera',
    'Folder of the embedded database, the dev secret and admin token, and the `server.json` by which CLI commands find a running server; ' +
      '`tessera dev` and `tessera start` create it (owner only) before anything else, and refuse to start if they cannot.',
  ],
  ['--database-url', 'DATABASE_URL', '(embedded PGlite)', 'A `postgres://` URL: use a Postgres 14+ server instead of the embedded database.'],
  [
    '--database-prepare',
    'DATABASE_PREPARE',
    'on',
    'On a Postgres server, run statements as named prepared statements (parsed and planned once per connection). `off` for a pooler in ' +
      'transaction mode that cannot keep them (PgBouncer before 1.21, or with `max_prepared_statements = 0`).',
  ],
  ['--redis-url', 'REDIS_URL', '(none)', 'Share rate limits and hot ephemeral state across nodes.'],
  ['--config', 'TESSERA_CONFIG', '(none)', 'The JSON policy file (below).'],
  ['--secret', 'TESSERA_SECRET', 'generated in dev, required in start', 'The server secret: at least 32 random bytes as 64+ hex characters or base64.'],
  [
    '--admin-token',
    'TESSERA_ADMIN_TOKEN',
    'generated in dev, admin API off in start without it',
    'Bearer token for the admin API under `/admin/v1` (at least 32 characters). The CLI uses it to reach a running server.',
  ],
  ['--log-level', 'LOG_LEVEL', 'info', 'pino log level (`fatal`, `error`, `warn`, `info`, `debug`, `trace`, `silent`).'],
];

const FLAG_KEYS: Record<string, keyof RuntimeSettings> = {
  '--port': 'port',
  '--host': 'host',
  '--data-dir': 'dataDir',
  '--database-url': 'databaseUrl',
  '--database-prepare': 'databasePrepare',
  '--redis-url': 'redisUrl',
  '--config': 'configFile',
  '--secret': 'secret',
  '--log-level': 'logLevel',
  '--admin-token': 'adminToken',
};

export function parseFlags(argv: readonly string[]): { flags: Partial<Record<keyof RuntimeSettings, string>>; rest: string[] } {
  const flags: Partial<Record<keyof RuntimeSettings, string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    const key = Object.hasOwn(FLAG_KEYS, name) ? FLAG_KEYS[name] : undefined; // a word like "toString" is not a flag
    if (!key) {
      if (arg.startsWith('--')) throw new ConfigError(`unknown option ${name}`);
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(`option ${name} needs a value`);
    flags[key] = value;
  }
  return { flags, rest };
}

export function resolveRuntime(mode: 'dev' | 'production', flags: Partial<Record<keyof RuntimeSettings, string>>, env: NodeJS.ProcessEnv): RuntimeSettings {
  const portText = flags.port ?? (env.PORT || '3000');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`PORT/--port must be a TCP port number (got ${JSON.stringify(portText)})`);
  const databaseUrl = flags.databaseUrl ?? (env.DATABASE_URL || undefined);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL/--database-url must be a postgres:// URL');
  const prepareText = flags.databasePrepare ?? (env.DATABASE_PREPARE || 'on');
  if (prepareText !== 'on' && prepareText !== 'off')
    throw new ConfigError(`DATABASE_PREPARE/--database-prepare must be on or off (got ${JSON.stringify(prepareText)})`);
  const redisUrl = flags.redisUrl ?? (env.REDIS_URL || undefined);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL/--redis-url must be a redis:// or rediss:// URL');
  const adminToken = flags.adminToken ?? env.TESSERA_ADMIN_TOKEN;
  if (adminToken && adminToken.length < 32) throw new ConfigError('TESSERA_ADMIN_TOKEN/--admin-token must be at least 32 characters');
  const logLevel = flags.logLevel ?? (env.LOG_LEVEL || 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL/--log-level must be one of fatal, error, warn, info, debug, trace, silent (got ${JSON.stringify(logLevel)})`);
  }
  return {
    mode,
    port,
    host: flags.host ?? (env.HOST || undefined) ?? (mode === 'dev' ? '127.0.0.1' : '0.0.0.0'),
    dataDir: flags.dataDir ?? (env.TESSERA_DATA_DIR || undefined) ?? './.tessera',
    databaseUrl,
    databasePrepare: prepareText === 'on',
    redisUrl,
    configFile: flags.configFile ?? (env.TESSERA_CONFIG || undefined),
    secret: flags.secret ?? (env.TESSERA_SECRET || undefined),
    adminToken: flags.adminToken ?? (env.TESSERA_ADMIN_TOKEN || undefined),
    logLevel,
  };
}
