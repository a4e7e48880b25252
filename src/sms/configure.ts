import type { Logger } from 'pino';
import type { Policy } from '../config/index.ts';
import { ConfigError } from '../core/errors.ts';
import type { DeliveryReceipt, SmsSender } from './port.ts';
import type { ReceiptProvider } from './receipts.ts';

export interface BuiltProviders {
  senders: Map<string, SmsSender>;
  /** Each provider's type and validated settings (the receipt endpoints check signatures with them). */
  providers: Map<string, ReceiptProvider>;
  /** Each provider's `timeoutMs`. */
  timeouts: Record<string, number>;
}

/**
 * Validates every configured provider and builds its sender (the dev inbox is added by the caller,
 * which owns its store). `onReceipt` gets the receipts an adapter receives on its own connection.
 */
export async function buildProviders(
  policy: Policy,
  deps: { log: Logger; now: () => Date; onReceipt?: (provider: string, receipt: DeliveryReceipt) => void },
): Promise<BuiltProviders> {
  const built: BuiltProviders = { senders: new Map(), providers: new Map(), timeouts: {} };
  const entries = Object.entries(policy.sms.providers).filter(([, p]) => p.type !== 'dev');
  if (entries.length === 0) return built;
  const { ADAPTERS } = await import('./adapters/index.ts');
  for (const [name, raw] of entries) {
    const adapter = (ADAPTERS as Record<string, (typeof ADAPTERS)[keyof typeof ADAPTERS]>)[raw.type];
    if (!adapter) throw new ConfigError(`config: "sms.providers.${name}.type" ${JSON.stringify(raw.type)} is not available`);
    const config = adapter.validate(raw, `sms.providers.${name}`) as Record<string, unknown>;
    const onReceipt = deps.onReceipt;
    built.senders.set(name, adapter.create(config, {
      name, logger: deps.log, clock: deps.now,
      ...(onReceipt ? { onReceipt: (receipt: DeliveryReceipt) => onReceipt(name, receipt) } : {}),
    }));
    built.providers.set(name, { type: raw.type, config });
    if (typeof config.timeoutMs === 'number') built.timeouts[name] = config.timeoutMs;
  }
  return built;
}
