export * from './port.ts';
export { renderSms, segmentInfo } from './templates.ts';
export { SmsDispatcher, type OutboxStore, type ClaimedMessage, type OutboxMetrics, type MessageOutcome, type ReceiptMatch } from './outbox.ts';
export { createSmsRouter, type SmsRouter, type RouteOutcome, type RouterEvents, type AttemptOutcome } from './router.ts';
export { CircuitBreaker, DEFAULT_CIRCUIT, type CircuitOptions, type CircuitState } from './circuit.ts';
export { SmsReceipts, type IncomingReceipt, type ReceiptProvider, type ReceiptMetrics } from './receipts.ts';
export { createDevSender, type DevInboxStore } from './dev-sender.ts';
export { activeTestNumber, type TestNumber } from './test-numbers.ts';
