/** What the flows need from storage. Implemented in storage/; tests may implement it too. */
export type FlowKind = 'registration' | 'login' | 'challenge' | 'recovery' | 'phone_change';
export type FlowState = 'code_sent' | 'verified' | 'completed' | 'cancelled';

export interface FlowRecord {
  id: string;
  kind: FlowKind;
  state: FlowState;
  phone: string;
  region: string;
  accountId: string | null;
  locale: string;
  deviceName: string | null;
  ip: string | null;
  sends: number;
  /** Wrong answers to the flow as a whole (challenges allow 5, whatever the method). */
  attempts: number;
  /** What a flow kind keeps beside the common columns. */
  data: Record<string, unknown>;
  lastSentAt: Date | null;
  verifiedAt: Date | null;
  expiresAt: Date;
  createdAt: Date;
}

export interface NewCode {
  purpose: string;
  codeHash: string;
  maxAttempts: number;
  expiresAt: Date;
}

export interface OutboxMessage {
  id: string;
  phone: string;
  region: string;
  purpose: string;
  locale: string;
  /** Sealed (encrypted) body; the outbox never holds a code in the clear. */
  bodySealed: string;
  segments: number;
  /** Recorded but never sent (a login code for a number without an account): the same work, no SMS. */
  suppressed?: boolean;
  /** A configured test number's fixed code: recorded, never sent, shown as delivered. */
  testNumber?: boolean;
}

export type ConsumeOutcome =
  | { kind: 'ok' }
  | { kind: 'incorrect'; attemptsLeft: number }
  | { kind: 'exhausted' }
  | { kind: 'expired' }
  | { kind: 'missing' }
  /** The right code, already used (a replay or a concurrent duplicate): refused, but proof of holding the number. */
  | { kind: 'spent'; attemptsLeft: number };

export interface FlowStore {
  /** Flow, its code and its SMS in one transaction. */
  create(flow: Omit<FlowRecord, 'sends' | 'attempts' | 'verifiedAt' | 'createdAt'>, code: NewCode | null, sms: OutboxMessage | null, now: Date): Promise<void>;
  get(id: string): Promise<FlowRecord | null>;
  /** Replaces the flow's code (the old one dies) and queues its SMS, if the flow has sends left. False otherwise. */
  replaceCode(flowId: string, code: NewCode, sms: OutboxMessage, maxSends: number, now: Date): Promise<boolean>;
  /** Atomic single-use check: exactly one of any number of concurrent correct submissions gets `ok`. */
  consumeCode(flowId: string, codeHash: string, now: Date): Promise<ConsumeOutcome>;
  /** Moves the flow from one state to another; false if it was not in `from` (a race was lost). */
  transition(flowId: string, from: FlowState, to: FlowState, now: Date): Promise<boolean>;
  /** Counts one wrong answer if fewer than `max` were given; returns the answers left, or null when none were. */
  recordWrongAnswer(flowId: string, max: number): Promise<number | null>;
  /** Delivery status of the flow's latest SMS. */
  deliveryStatus(flowId: string): Promise<'queued' | 'sent' | 'delivered' | 'failed' | null>;
  /**
   * Merges `patch` into the flow's data in one statement, only while the flow is in `state` and its
   * data contains `expect` (when given). The data afterwards, or null when a condition failed.
   */
  mergeData(flowId: string, patch: Record<string, unknown>, state: FlowState, expect?: Record<string, unknown>): Promise<Record<string, unknown> | null>;
}
