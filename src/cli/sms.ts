import type { RuntimeSettings } from '../config/index.ts';
import { withOps } from './ops.ts';

/** `tessera sms status` lists what the SMS-pumping breaker paused; `tessera sms unpause <block|country> <key>` lifts one. */
export async function runSms(runtime: RuntimeSettings, args: string[]): Promise<number> {
  const [action, scope, key] = args;
  if (action === 'status') {
    return withOps(runtime, async (ops) => {
      const pauses = await ops.pauses();
      if (pauses.length === 0) console.log('no pauses: SMS flows everywhere');
      for (const p of pauses) console.log(`${p.scope}\t${p.key}\tpause #${p.level}\t${p.secondsLeft} s left\tuntil ${p.until}`);
      return 0;
    });
  }
  if (action === 'unpause' && (scope === 'block' || scope === 'country') && key) {
    return withOps(runtime, async (ops) => {
      const lifted = await ops.unpause(scope, key);
      console.log(lifted ? `unpaused ${scope} ${key}` : `${scope} ${key} was not paused`);
      return lifted ? 0 : 1;
    });
  }
  console.error('usage: tessera sms status | tessera sms unpause <block|country> <key>   (a block is the E.164 less its last 4 digits, e.g. +861380013)');
  return 2;
}
