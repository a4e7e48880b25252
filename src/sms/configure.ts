import type { Logger } from 'pino';
import type { Policy } from '../config/index.ts';
import { ConfigError } from '../core/errors.ts';
import type { DeliveryReceipt, SmsSender } from './port.ts';
import type { ReceiptProvider } from './receipts.ts';

export interface BuiltProviders {
  senders: Map<string, SmsSender>;
  /** Each provider's type and receipt intake, its settings bound (the receipt endpoints use them). */
  providers: Map<string, ReceiptProvider>;
  /** Each provider's `timeoutMs`. */
  timeouts: Record<string, number>;
}

/**
 * Validates every configured provider with its adapter's settings schema and builds its sender
 * (the dev inbox is added by the caller, which owns its store). `onReceipt` gets the receipts an
 * adapter receives on its own connection.
 */
export async function buildProviders(
  policy: Policy,
  deps: { log: Logger; now: () => Date; onReceipt?: (provider: string, receipt: DeliveryReceipt) => void },
): Promise<BuiltProviders> {
  const built: BuiltProviders = { senders: new Map(), providers: new Map(), timeouts: {} };
  const entries = Object.entries(policy.sms.providers).filter(([, p]) => p.type !== 'dev');
  if (entries.length === 0) return built;
  const { smsAdapter } = await import('./adapters/index.ts');
  // Every provider's settings are checked before any sender is made, so that a bad one leaves
  // nothing open behind it.
  const configured = entries.map(([name, raw]) => {
    const adapter = smsAdapter(raw.type);
    if (!adapter) throw new ConfigError(`config: "sms.providers.${name}.type" ${JSON.stringify(raw.type)} is not available`);
    return { name, adapter, provider: adapter.configure(raw, ['sms', 'providers', name]) };
  });
  const onReceipt = deps.onReceipt;
  for (const { name, adapter, provider } of configured) {
    built.senders.set(
      name,
      provider.createSender({
        name,
        logger: deps.log,
        clock: deps.now,
        ...(onReceipt ? { onReceipt: (receipt: DeliveryReceipt) => onReceipt(name, receipt) } : {}),
      }),
    );
    built.providers.set(name, { type: adapter.name, receipts: provider.receipts });
    if (provider.timeoutMs !== undefined) built.timeouts[name] = provider.timeoutMs;
  }
  return built;
}
