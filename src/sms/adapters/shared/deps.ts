import type { DeliveryReceipt } from '../../port.ts';

/** The slice of a pino logger the adapters use; a pino instance fits as is. */
export interface AdapterLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

/** What the composition root hands an adapter besides its validated config. */
export interface AdapterDeps {
  /** The provider's name in `sms.providers` (becomes `SmsSender.name`); defaults to the adapter type. */
  readonly name?: string;
  readonly fetch?: typeof fetch;
  readonly clock?: () => Date;
  readonly logger?: AdapterLogger;
  /** Receipts that arrive on the adapter's own connection (SMPP deliver_sm), not over HTTP. */
  readonly onReceipt?: (receipt: DeliveryReceipt) => void;
}

const silent: AdapterLogger = { info() {}, warn() {} };

export function resolveDeps(deps: AdapterDeps, type: string) {
  return {
    name: deps.name ?? type,
    fetch: deps.fetch ?? globalThis.fetch,
    clock: deps.clock ?? (() => new Date()),
    logger: deps.logger ?? silent,
    onReceipt: deps.onReceipt,
  };
}
