import { ConfigError } from '../core/errors.ts';
import { parseFlags, resolveRuntime } from '../config/index.ts';
import { runServer } from './serve.ts';
import { runMigrate } from './migrate.ts';
import { runBlocklist } from './blocklist.ts';
import { runSms } from './sms.ts';
import { runDoctor } from './doctor.ts';

const USAGE = `Usage: tessera <command> [options]

Commands:
  dev                          start with embedded defaults (PGlite in ./.tessera, dev SMS inbox, dev secret)
  start                        production mode: refuses any dev default
  migrate                      apply database migrations and exit
  blocklist add <pattern> [reason] | remove <pattern> | list
                               blocked numbers (+8613800138000) and prefixes (+86170*)
  sms status | sms unpause <block|country> <key>
                               what the SMS-pumping breaker paused, and lifting a pause
  doctor <phone> [country]     what asking for a code for this number would do now, and why

Commands that read or change data go through the running server's admin API when one runs on
the data dir (the embedded database admits one process), and work on the database directly otherwise.

Options: --port, --host, --data-dir, --database-url, --redis-url, --config, --secret, --admin-token, --log-level
(see docs/configuration.md)`;

/** Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      console.log(USAGE);
      return command ? 0 : 1;
    }
    const { flags, rest: args } = parseFlags(rest);
    switch (command) {
      case 'dev':
        return await runServer(resolveRuntime('dev', flags, process.env));
      case 'start':
        return await runServer(resolveRuntime('production', flags, process.env));
      case 'migrate':
        return await runMigrate(resolveRuntime('production', flags, process.env));
      case 'blocklist':
        return await runBlocklist(resolveRuntime('dev', flags, process.env), args);
      case 'sms':
        return await runSms(resolveRuntime('dev', flags, process.env), args);
      case 'doctor':
        return await runDoctor(resolveRuntime('dev', flags, process.env), args);
      default:
        console.error(`tessera: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`tessera: ${err.message}`);
      return 78; // EX_CONFIG
    }
    throw err;
  }
}
