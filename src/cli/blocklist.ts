import type { RuntimeSettings } from '../config/index.ts';
import { isValidBlockPattern } from '../policy/blocklist.ts';
import { withOps } from './ops.ts';

export async function runBlocklist(runtime: RuntimeSettings, args: string[]): Promise<number> {
  const [action, pattern, ...reasonWords] = args;
  if ((action === 'add' || action === 'remove') && (!pattern || !isValidBlockPattern(pattern))) {
    console.error('tessera blocklist: the pattern must be an E.164 number (+8613800138000) or a prefix ending in * (+86170*)');
    return 2;
  }
  if (action !== 'add' && action !== 'remove' && action !== 'list') {
    console.error('usage: tessera blocklist add <pattern> [reason] | remove <pattern> | list');
    return 2;
  }
  return withOps(runtime, async (ops) => {
    if (action === 'add') {
      await ops.blocklistAdd(pattern!, reasonWords.join(' ') || null);
      console.log(`blocked ${pattern}`);
      return 0;
    }
    if (action === 'remove') {
      const removed = await ops.blocklistRemove(pattern!);
      console.log(removed ? `unblocked ${pattern}` : `${pattern} was not blocked`);
      return removed ? 0 : 1;
    }
    for (const row of await ops.blocklistList()) console.log(`${row.pattern}\t${row.createdAt}\t${row.reason ?? ''}`);
    return 0;
  });
}
