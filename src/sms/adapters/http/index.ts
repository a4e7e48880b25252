import { TesseraError } from '../../../core/errors.ts';
import { SmsSendError, type DeliveryReceipt, type SmsSender } from '../../port.ts';
import { maskPhone } from '../../../phone/index.ts';
import { resolveDeps, type AdapterDeps } from '../shared/deps.ts';
import { callGateway, field, vendorText } from '../shared/http.ts';
import { Type } from 'typebox';
import { defineAdapter, settingsValidator } from '../shared/adapter.ts';
import { HttpSettings, type HttpConfig } from './config.ts';
import { signTesseraPayload, verifyTesseraSignature } from './signature.ts';

export { HttpSettings, type HttpConfig } from './config.ts';
export { signTesseraPayload, verifyTesseraSignature } from './signature.ts';

export const validateHttpConfig = settingsValidator(HttpSettings);

/**
 * A generic JSON webhook, for gateways Tessera has no adapter for. Each message is POSTed as
 * `{ id, to, region, text, purpose, locale, params }`, signed with X-Tessera-Signature.
 * The receiver answers 2xx when it took the message (optionally `{ "providerMessageId": "..." }`),
 * 422 when the message can never be delivered (a bad number), anything else to have it retried.
 * The receiver treats `id` as an idempotency key: a repeat of an id it took is answered 2xx and not
 * sent again, which lets Tessera repeat a hand-off that a crash cut short.
 */
export function createHttpSender(config: HttpConfig, deps: AdapterDeps = {}): SmsSender {
  const { name, fetch, clock, logger } = resolveDeps(deps, 'http');
  return {
    name,
    dedupesById: true,
    async send(message, options = {}) {
      const { id, to, region, text, purpose, locale, params } = message;
      const body = JSON.stringify({ id, to, region, text, purpose, locale, params });
      const signature = signTesseraPayload(config.secret, body, Math.floor(clock().getTime() / 1000));
      const res = await callGateway(
        fetch,
        name,
        config.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'x-tessera-signature': signature }, body },
        config.timeoutMs,
        options.signal,
      );
      if (res.status >= 200 && res.status < 300) {
        logger.info({ provider: name, to: maskPhone(to), id }, 'sms handed to webhook');
        const providerMessageId = field(res.json, 'providerMessageId');
        return providerMessageId ? { providerMessageId } : {};
      }
      throw new SmsSendError(`${name}: webhook answered ${res.status} ${vendorText(res.text)}`, { permanent: res.status === 422 });
    },
  };
}

const STATUSES = new Set<string>(['sent', 'delivered', 'failed']);

/**
 * A receipt posted back by the webhook's receiver (after `verifyTesseraSignature` on the raw body):
 * `{ "id": "<our id>", "status": "sent" | "delivered" | "failed", "providerMessageId"?, "errorCode"? }`.
 */
export function parseHttpReceipt(body: unknown): DeliveryReceipt {
  const id = field(body, 'id');
  const status = field(body, 'status');
  if (!id || !status || !STATUSES.has(status)) {
    throw new TesseraError('invalid_request', { reason: 'not a Tessera webhook receipt' });
  }
  const providerMessageId = field(body, 'providerMessageId');
  const errorCode = field(body, 'errorCode');
  return {
    messageId: id,
    status: status as DeliveryReceipt['status'],
    ...(providerMessageId ? { providerMessageId } : {}),
    ...(errorCode && status === 'failed' ? { errorCode: errorCode.slice(0, 64) } : {}),
  };
}

const Receipt = Type.Object(
  {
    id: Type.String({ minLength: 1, description: 'The message id Tessera sent' }),
    status: Type.Union([Type.Literal('sent'), Type.Literal('delivered'), Type.Literal('failed')]),
    providerMessageId: Type.Optional(Type.String()),
    errorCode: Type.Optional(Type.String({ description: 'Kept (64 characters at most) when the status is failed' })),
  },
  { additionalProperties: true },
);

/** The generic webhook: messages POSTed as signed JSON, receipts posted back signed the same way. */
export const http = defineAdapter({
  name: 'http',
  title: 'Generic webhook',
  settings: HttpSettings,
  createSender: createHttpSender,
  receipt: {
    method: 'POST',
    summary: 'Generic webhook receipt (X-Tessera-Signature checked)',
    request: Receipt,
    body: 'json',
    // Signed over the raw body with the provider's secret.
    verify: (config, request) => verifyTesseraSignature(config.secret, request.header('x-tessera-signature'), request.rawBody, { now: request.now }),
    parse: (_config, body) => [parseHttpReceipt(body)],
    ack: { status: 200, contentType: 'application/json', body: { received: true }, schema: Type.Object({ received: Type.Literal(true) }) },
  },
});
