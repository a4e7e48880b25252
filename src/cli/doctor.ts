import type { RuntimeSettings } from '../config/index.ts';
import { withOps } from './ops.ts';

/** `tessera doctor <phone> [country]`: what asking for a code would do now for that number, and why. */
export async function runDoctor(runtime: RuntimeSettings, args: string[]): Promise<number> {
  const [phone, country] = args;
  if (!phone) {
    console.error('usage: tessera doctor <phone> [country]   e.g. tessera doctor +8613800138000');
    return 2;
  }
  return withOps(runtime, async (ops) => {
    const report = await ops.doctor(phone, country);
    console.log(`${report.phone ? `${report.phone.masked} (${report.phone.region}, ${report.phone.type})` : phone}`);
    for (const c of report.checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.check.padEnd(24)} ${c.detail}`);
    console.log(`verdict: ${report.verdict}`);
    return report.checks.every((c) => c.ok) ? 0 : 1;
  });
}
