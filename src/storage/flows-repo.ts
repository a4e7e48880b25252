import { sql } from 'kysely';
import type { ConsumeOutcome, FlowRecord, FlowStore, NewCode, OutboxMessage } from '../flows/ports.ts';
import type { Db } from './database.ts';
import { insertAll } from './insert-all.ts';
import type { FlowsTable } from './schema.ts';
import type { Selectable } from 'kysely';

function toRecord(row: Selectable<FlowsTable>): FlowRecord {
  return {
    id: row.id,
    kind: row.kind as FlowRecord['kind'],
    state: row.state as FlowRecord['state'],
    phone: row.phone,
    region: row.region,
    accountId: row.account_id,
    locale: row.locale,
    deviceName: row.device_name,
    ip: row.ip,
    sends: row.sends,
    attempts: row.attempts,
    data: row.data ? (JSON.parse(row.data) as Record<string, unknown>) : {},
    lastSentAt: row.last_sent_at,
    verifiedAt: row.verified_at,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

function codeRow(flowId: string, code: NewCode, now: Date) {
  return {
    flow_id: flowId,
    purpose: code.purpose,
    code_hash: code.codeHash,
    max_attempts: code.maxAttempts,
    expires_at: code.expiresAt,
    created_at: now,
  };
}

function insertOutbox(db: Db, flowId: string, sms: OutboxMessage, now: Date) {
  return db.insertInto('sms_outbox').values({
    id: sms.id,
    flow_id: flowId,
    phone: sms.phone,
    region: sms.region,
    purpose: sms.purpose,
    locale: sms.locale,
    body_enc: sms.suppressed || sms.testNumber ? null : sms.bodySealed,
    status: sms.testNumber ? 'test_number' : sms.suppressed ? 'suppressed' : 'queued',
    segments: sms.segments,
    next_attempt_at: now,
    created_at: now,
    updated_at: now,
  });
}

export function createFlowStore(db: Db): FlowStore {
  return {
    async create(flow, code, sms, now) {
      await insertAll(db, [
        db.insertInto('flows').values({
          id: flow.id,
          kind: flow.kind,
          state: flow.state,
          phone: flow.phone,
          region: flow.region,
          account_id: flow.accountId,
          locale: flow.locale,
          device_name: flow.deviceName,
          ip: flow.ip,
          sends: sms ? 1 : 0,
          last_sent_at: sms ? now : null,
          expires_at: flow.expiresAt,
          created_at: now,
          data: Object.keys(flow.data).length > 0 ? JSON.stringify(flow.data) : null,
        }),
        ...(code ? [db.insertInto('verification_codes').values(codeRow(flow.id, code, now))] : []),
        ...(sms ? [insertOutbox(db, flow.id, sms, now)] : []),
      ]);
    },

    async get(id) {
      const row = await db.selectFrom('flows').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async replaceCode(flowId: string, code: NewCode, sms: OutboxMessage, maxSends: number, now: Date) {
      return db.transaction().execute(async (tx) => {
        const bumped = await tx
          .updateTable('flows')
          .set({ sends: sql`sends + 1`, last_sent_at: now })
          .where('id', '=', flowId)
          .where('sends', '<', maxSends)
          .where('state', '=', 'code_sent')
          .returning('id')
          .executeTakeFirst();
        if (!bumped) return false;
        await tx
          .insertInto('verification_codes')
          .values(codeRow(flowId, code, now))
          .onConflict((oc) =>
            oc.column('flow_id').doUpdateSet({
              purpose: code.purpose,
              code_hash: code.codeHash,
              attempts: 0,
              max_attempts: code.maxAttempts,
              expires_at: code.expiresAt,
              consumed_at: null,
              created_at: now,
            }),
          )
          .execute();
        await insertOutbox(tx, flowId, sms, now).execute();
        return true;
      });
    },

    async consumeCode(flowId, codeHash, now): Promise<ConsumeOutcome> {
      // One statement: the row lock makes a second concurrent correct submission re-check
      // `consumed_at is null` after the first commits, so it finds nothing to consume.
      const hit = await db
        .updateTable('verification_codes')
        .set({
          attempts: sql`attempts + case when code_hash = ${codeHash} then 0 else 1 end`,
          consumed_at: sql`case when code_hash = ${codeHash} then ${now}::timestamptz else null end`,
        })
        .where('flow_id', '=', flowId)
        .where('consumed_at', 'is', null)
        .where('attempts', '<', sql<number>`max_attempts`)
        .where('expires_at', '>', now)
        .returning(['attempts', 'max_attempts', sql<boolean>`consumed_at is not null`.as('matched')])
        .executeTakeFirst();
      if (hit) return hit.matched ? { kind: 'ok' } : { kind: 'incorrect', attemptsLeft: hit.max_attempts - hit.attempts };
      const row = await db.selectFrom('verification_codes').selectAll().where('flow_id', '=', flowId).executeTakeFirst();
      if (!row) return { kind: 'missing' };
      if (row.consumed_at) {
        const attemptsLeft = Math.max(0, row.max_attempts - row.attempts);
        return row.code_hash === codeHash ? { kind: 'spent', attemptsLeft } : { kind: 'incorrect', attemptsLeft };
      }
      if (row.attempts >= row.max_attempts) return { kind: 'exhausted' };
      return { kind: 'expired' };
    },

    async transition(flowId, from, to, now) {
      const res = await db
        .updateTable('flows')
        .set({ state: to, ...(to === 'verified' ? { verified_at: now } : {}) })
        .where('id', '=', flowId)
        .where('state', '=', from)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },

    async recordWrongAnswer(flowId, max) {
      const row = await db
        .updateTable('flows')
        .set({ attempts: sql`attempts + 1` })
        .where('id', '=', flowId)
        .where('attempts', '<', max)
        .returning('attempts')
        .executeTakeFirst();
      return row ? max - row.attempts : null;
    },

    async deliveryStatus(flowId) {
      const row = await db
        .selectFrom('sms_outbox')
        .select('status')
        .where('flow_id', '=', flowId)
        .where('status', '<>', 'suppressed')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return null;
      // A test number's code is there to be typed in at once: as good as delivered.
      if (row.status === 'test_number') return 'delivered';
      return row.status === 'sending' ? 'queued' : (row.status as 'queued' | 'sent' | 'delivered' | 'failed');
    },

    async mergeData(flowId, patch, state, expect) {
      let q = db
        .updateTable('flows')
        .set({ data: sql<string>`(coalesce(data, '{}')::jsonb || ${JSON.stringify(patch)}::jsonb)::text` })
        .where('id', '=', flowId)
        .where('state', '=', state);
      if (expect) q = q.where(sql<boolean>`coalesce(data, '{}')::jsonb @> ${JSON.stringify(expect)}::jsonb`);
      const row = await q.returning('data').executeTakeFirst();
      return row?.data ? (JSON.parse(row.data) as Record<string, unknown>) : null;
    },
  };
}
