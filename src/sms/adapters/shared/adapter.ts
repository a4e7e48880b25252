/**
 * What one vendor folder exports: a single descriptor with its name, its settings schema, how to
 * create its sender and, where the vendor posts delivery receipts, how to take them (the HTTP
 * method, the schema of what is posted, the signature check, the parse into Tessera's receipt and
 * the acknowledgement the vendor expects). The registry (adapters/index.ts) lists the descriptors;
 * nothing outside sms/adapters/ knows one vendor from another.
 */
import type { Static, TObject, TSchema } from 'typebox';
import { checkSettings, conforms, quote } from '../../../config/validate.ts';
import { ConfigError, TesseraError } from '../../../core/errors.ts';
import type { DeliveryReceipt, SmsSender } from '../../port.ts';
import type { AdapterDeps } from './deps.ts';

/** A receipt request as the adapter sees it, whatever carried it. */
export interface ReceiptRequest {
  /** The body exactly as received (signatures are computed over the bytes as sent). */
  readonly rawBody: string;
  /** The request's query string, with its `?` (empty when it has none). */
  readonly search: string;
  header(name: string): string | undefined;
  readonly now: Date;
}

/** The answer a vendor expects to a receipt, else it sends the receipt again. */
export interface ReceiptAck {
  readonly status: 200 | 204;
  readonly contentType: 'application/json' | 'text/plain';
  readonly body: string | Readonly<Record<string, unknown>>;
  /** The body's schema, for the API document. */
  readonly schema: TSchema;
}

export interface ReceiptDefinition<C, R extends TSchema> {
  readonly method: 'GET' | 'POST';
  /** One line for the API document. */
  readonly summary: string;
  /** What the vendor sends: the query of a GET, the body of a POST. */
  readonly request: R;
  /** How a POST body is read: JSON or an HTML form. */
  readonly body?: 'json' | 'form';
  /** Whether the request comes from the vendor (signature, credentials). Absent: the vendor signs nothing. */
  verify?(config: C, request: ReceiptRequest): boolean;
  /** Tessera's neutral receipts; throws `invalid_request` for what is not one of ours. */
  parse(config: C, input: Static<R>, request: ReceiptRequest): readonly DeliveryReceipt[];
  readonly ack: ReceiptAck;
}

export interface AdapterDefinition<S extends TObject, R extends TSchema> {
  /** The `type` of `sms.providers.<name>`, and the receipt URL's segment. */
  readonly name: string;
  /** The vendor or gateway as docs/sms.md names it. */
  readonly title: string;
  readonly settings: S;
  /** Rules between settings the schema cannot say; returns the problem, with keys named by `key`. */
  check?(config: Static<S>, key: (name: string) => string): string | null;
  createSender(config: Static<S>, deps: AdapterDeps): SmsSender;
  readonly receipt?: ReceiptDefinition<Static<S>, R>;
}

/** A receipt route's shape, for the HTTP layer: everything but the config-bound functions. */
export type ReceiptRoute = Omit<ReceiptDefinition<unknown, TSchema>, 'verify' | 'parse'> & { readonly signed: boolean };

/** One configured provider's receipt intake. */
export interface ProviderReceipts {
  verify(request: ReceiptRequest): boolean;
  /** Checks `input` against the request schema (again: this is the type guard) and parses it. */
  parse(input: unknown, request: ReceiptRequest): readonly DeliveryReceipt[];
}

/** One provider of `sms.providers`, its settings validated. */
export interface ConfiguredProvider {
  readonly timeoutMs: number | undefined;
  createSender(deps: AdapterDeps): SmsSender;
  readonly receipts: ProviderReceipts | undefined;
}

export interface SmsAdapter {
  readonly name: string;
  readonly title: string;
  readonly settings: TObject;
  readonly receipt: ReceiptRoute | undefined;
  /** Validates one provider's settings (ConfigError naming the key under `path`) and binds them. */
  configure(raw: unknown, path: readonly (string | number)[]): ConfiguredProvider;
}

export function defineAdapter<S extends TObject, R extends TSchema>(def: AdapterDefinition<S, R>): SmsAdapter {
  const receipt = def.receipt;
  return {
    name: def.name,
    title: def.title,
    settings: def.settings,
    receipt: receipt && {
      method: receipt.method,
      summary: receipt.summary,
      request: receipt.request,
      ack: receipt.ack,
      signed: receipt.verify !== undefined,
      ...(receipt.body ? { body: receipt.body } : {}),
    },
    configure(raw, path) {
      const config = checkSettings(def.settings, raw, path);
      const problem = def.check?.(config, (name) => quote([...path, name]));
      if (problem) throw new ConfigError(`config: ${problem}`);
      const timeoutMs: unknown = (config as Record<string, unknown>).timeoutMs;
      return {
        timeoutMs: typeof timeoutMs === 'number' ? timeoutMs : undefined,
        createSender: (deps) => def.createSender(config, deps),
        receipts: receipt && {
          verify: (request) => receipt.verify?.(config, request) ?? true,
          parse(input, request) {
            if (!conforms(receipt.request, input)) throw new TesseraError('invalid_request', { reason: `not a ${def.title} receipt` });
            return receipt.parse(config, input, request);
          },
        },
      };
    },
  };
}

/** For the vendor folders' own tests and callers: `validateXConfig(raw, "sms.providers.x")`. */
export function settingsValidator<S extends TObject>(settings: S, check?: AdapterDefinition<S, TSchema>['check']) {
  return (raw: unknown, path: string): Static<S> => {
    const config = checkSettings(settings, raw, [path]);
    const problem = check?.(config, (name) => quote([path, name]));
    if (problem) throw new ConfigError(`config: ${problem}`);
    return config;
  };
}
