import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { CounterHit, Counters } from './port.ts';
import { bucketCount, checkAttempt, checkKey, checkPositive, checkRules, checkSeconds } from './args.ts';

/**
 * Counters in Postgres (and PGlite, which runs the same SQL). Each operation is one statement, so
 * it is atomic on its own: concurrent upserts of one key serialise on the row lock.
 *
 * Time is the database's `statement_timestamp()`: one clock for every node, fixed for the length
 * of a statement (unlike `clock_timestamp()`) and not frozen for a whole transaction (unlike `now()`).
 * Expired rows are invisible to every read; `sweepExpired` removes them from a periodic job.
 */
/**
 * `hitEach` as one call: the loop runs in the server, each hit the same upsert as `hit`, so a
 * list of budgets costs one round trip and one commit. `statement_timestamp()` inside it is the
 * calling statement's. Migration 0007 creates it; changing it needs a new migration.
 */
export const HIT_EACH_FUNCTION = `
create or replace function tessera_counters_hit_each(keys text[], windows int[], limits bigint[])
returns table (idx int, count float8, reset_in int) language plpgsql as $fn$
declare
  t timestamptz := statement_timestamp();
  c bigint;
  e timestamptz;
begin
  for i in 1 .. coalesce(array_length(keys, 1), 0) loop
    insert into counters as k (key, count, expires_at)
      values (keys[i], 1, t + make_interval(secs => windows[i]))
      on conflict (key) do update set
        count = case when k.expires_at <= t then excluded.count else k.count + excluded.count end,
        expires_at = case when k.expires_at <= t then excluded.expires_at else k.expires_at end
      returning k.count, k.expires_at into c, e;
    if c > limits[i] then
      idx := i - 1;
      count := c;
      reset_in := greatest(1, ceil(extract(epoch from e - t)))::int;
      return next;
      return;
    end if;
  end loop;
end
$fn$;
`;

/**
 * `attempt` as one call. The upsert on the run's row takes its row lock, held to the end of the
 * calling statement, so attempts on one run take turns; each statement inside sees what the ones
 * before it committed (a volatile function reads afresh), so the wait an attempt starts is seen by
 * the next; past the lock, time is read afresh too (`clock_timestamp()`), so a wait is measured
 * from when it is judged, not from when the statement began to queue. An expired run starts again at 0. Migration 0008 creates it; changing it needs a new one.
 */
export const ATTEMPT_FUNCTION = `
create or replace function tessera_counters_attempt(
  run_key text, memory_seconds int, stop_at bigint,
  wait_key text, free_failures int, first_seconds int, max_seconds int)
returns table (admitted boolean, kind text, count float8, seconds int) language plpgsql as $fn$
declare
  t timestamptz := statement_timestamp();
  c bigint;
  w timestamptz;
  delay int := 0;
begin
  insert into counters as k (key, count, expires_at)
    values (run_key, 0, t + make_interval(secs => memory_seconds))
    on conflict (key) do update set
      count = case when k.expires_at <= t then 0 else k.count end,
      expires_at = case when k.expires_at <= t then excluded.expires_at else k.expires_at end
    returning k.count into c;
  -- The lock may have been waited for: the wait is judged and started from now, not from then.
  t := clock_timestamp();
  if wait_key is not null then
    select k.expires_at into w from counters k where k.key = wait_key and k.expires_at > t;
    if found then
      return query select false, 'wait'::text, c::float8, greatest(1, ceil(extract(epoch from w - t)))::int;
      return;
    end if;
  end if;
  if c >= stop_at then
    return query select false, 'stop'::text, c::float8, 0;
    return;
  end if;
  c := c + 1;
  update counters set count = c where key = run_key;
  if wait_key is not null and c > free_failures then
    delay := least(max_seconds::float8, first_seconds * power(2::float8, least(c - free_failures - 1, 30)))::int;
    insert into counters as k (key, count, expires_at)
      values (wait_key, 1, t + make_interval(secs => delay))
      on conflict (key) do update set count = 1, expires_at = excluded.expires_at;
  end if;
  return query select true, 'admitted'::text, c::float8, delay;
end
$fn$;
`;

export const COUNTERS_DDL = `
create table if not exists counters (
  key text primary key,
  count bigint not null,
  expires_at timestamptz not null
);
create index if not exists counters_expires_at on counters (expires_at);

create table if not exists counter_buckets (
  key text not null,
  slot bigint not null,
  count bigint not null,
  expires_at timestamptz not null,
  primary key (key, slot)
);
create index if not exists counter_buckets_expires_at on counter_buckets (expires_at);
${HIT_EACH_FUNCTION}
${ATTEMPT_FUNCTION}`;

const NOW = sql`statement_timestamp()`;
const secondsUntil = (column: RawBuilder<unknown>) => sql<number>`greatest(1, ceil(extract(epoch from ${column} - ${NOW})))::int`;
const slotNow = (bucketSeconds: number) => sql`floor(extract(epoch from ${NOW}) / ${bucketSeconds}::int)::bigint`;

interface HitRow {
  count: number;
  reset_in: number;
}

export function createPostgresCounters(db: Kysely<any>): Counters {
  return {
    async hit(key, windowSeconds, cost = 1): Promise<CounterHit> {
      checkKey(key);
      checkSeconds('windowSeconds', windowSeconds);
      checkPositive('cost', cost);
      const expired = sql`c.expires_at <= ${NOW}`;
      const { rows } = await sql<HitRow>`
        insert into counters as c (key, count, expires_at)
        values (${key}::text, ${cost}::bigint, ${NOW} + make_interval(secs => ${windowSeconds}::int))
        on conflict (key) do update set
          count = case when ${expired} then excluded.count else c.count + excluded.count end,
          expires_at = case when ${expired} then excluded.expires_at else c.expires_at end
        returning c.count::float8 as count, ${secondsUntil(sql`c.expires_at`)} as reset_in`.execute(db);
      const row = rows[0]!;
      return { count: row.count, resetInSeconds: row.reset_in };
    },

    async hitEach(rules) {
      checkRules(rules);
      if (rules.length === 0) return null;
      const { rows } = await sql<{ idx: number; count: number; reset_in: number }>`
        select idx, count, reset_in from tessera_counters_hit_each(
          ${rules.map((r) => r.key)}::text[], ${rules.map((r) => r.windowSeconds)}::int[], ${rules.map((r) => r.limit)}::bigint[])`.execute(db);
      const row = rows[0];
      return row ? { index: row.idx, hit: { count: row.count, resetInSeconds: row.reset_in } } : null;
    },

    async release(key) {
      checkKey(key);
      await sql`
        update counters set count = greatest(count - 1, 0)
        where key = ${key}::text and expires_at > ${NOW}`.execute(db);
    },

    async attempt(rule) {
      checkAttempt(rule);
      const w = rule.wait;
      const { rows } = await sql<{ admitted: boolean; kind: 'wait' | 'stop' | 'admitted'; count: number; seconds: number }>`
        select admitted, kind, count, seconds from tessera_counters_attempt(
          ${rule.key}::text, ${rule.memorySeconds}::int, ${rule.stopAt}::bigint,
          ${w?.key ?? null}::text, ${w?.freeFailures ?? 0}::int, ${w?.firstSeconds ?? 1}::int, ${w?.maxSeconds ?? 1}::int)`.execute(db);
      const row = rows[0]!;
      if (row.kind === 'admitted') return { admitted: true, count: row.count, waitSeconds: row.seconds };
      return { admitted: false, kind: row.kind, retryAfterSeconds: row.seconds };
    },

    async peek(key) {
      checkKey(key);
      const { rows } = await sql<HitRow>`
        select count::float8 as count, ${secondsUntil(sql`expires_at`)} as reset_in
        from counters where key = ${key}::text and expires_at > ${NOW}`.execute(db);
      const row = rows[0];
      return row ? { count: row.count, resetInSeconds: row.reset_in } : null;
    },

    async claim(key, ttlSeconds) {
      checkKey(key);
      checkSeconds('ttlSeconds', ttlSeconds);
      // A live row makes the update's WHERE false, so no row comes back; an expired one is retaken.
      const { rows } = await sql`
        insert into counters as c (key, count, expires_at)
        values (${key}::text, 1, ${NOW} + make_interval(secs => ${ttlSeconds}::int))
        on conflict (key) do update set count = 1, expires_at = excluded.expires_at
          where c.expires_at <= ${NOW}
        returning 1`.execute(db);
      return rows.length === 1;
    },

    async ttl(key) {
      checkKey(key);
      const { rows } = await sql<{ left: number }>`
        select ${secondsUntil(sql`expires_at`)} as left
        from counters where key = ${key}::text and expires_at > ${NOW}`.execute(db);
      return rows[0]?.left ?? 0;
    },

    async reset(key) {
      checkKey(key);
      await sql`
        with fixed as (delete from counters where key = ${key}::text)
        delete from counter_buckets where key = ${key}::text`.execute(db);
    },

    async slidingHit(key, windowSeconds, bucketSeconds, cost = 1) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      checkPositive('cost', cost);
      // The outer select sees the table as it was before the upsert, so the current slot comes
      // from the upsert's own RETURNING and the earlier ones from the table.
      const { rows } = await sql<{ total: number }>`
        with t as (select ${slotNow(bucketSeconds)} as slot),
        bumped as (
          insert into counter_buckets as b (key, slot, count, expires_at)
          select ${key}::text, t.slot, ${cost}::bigint,
                 ${NOW} + make_interval(secs => ${windowSeconds + bucketSeconds}::int)
          from t
          on conflict (key, slot) do update set count = b.count + excluded.count
          returning b.count
        )
        select ((select count from bumped) + coalesce((
          select sum(o.count) from counter_buckets o, t
          where o.key = ${key}::text and o.slot > t.slot - ${n}::int and o.slot < t.slot
        ), 0))::float8 as total`.execute(db);
      return rows[0]!.total;
    },

    async slidingPeek(key, windowSeconds, bucketSeconds) {
      checkKey(key);
      const n = bucketCount(windowSeconds, bucketSeconds);
      const { rows } = await sql<{ total: number }>`
        with t as (select ${slotNow(bucketSeconds)} as slot)
        select coalesce(sum(o.count), 0)::float8 as total from counter_buckets o, t
        where o.key = ${key}::text and o.slot > t.slot - ${n}::int and o.slot <= t.slot`.execute(db);
      return rows[0]!.total;
    },
  };
}

/**
 * Deletes up to `limit` expired rows from each table; returns how many went. Run it from a
 * periodic job until it returns less than it could. The outer `expires_at` test is checked again
 * on the locked row, so a key that a concurrent hit has just restarted is left alone.
 */
export async function sweepExpired(db: Kysely<any>, limit: number): Promise<number> {
  checkPositive('limit', limit);
  const { rows } = await sql<{ deleted: number }>`
    with fixed as (
      delete from counters where key in (
        select key from counters where expires_at <= ${NOW} limit ${limit}::int
      ) and expires_at <= ${NOW}
      returning 1
    ), buckets as (
      delete from counter_buckets where (key, slot) in (
        select key, slot from counter_buckets where expires_at <= ${NOW} limit ${limit}::int
      )
      returning 1
    )
    select ((select count(*) from fixed) + (select count(*) from buckets))::int as deleted`.execute(db);
  return rows[0]!.deleted;
}
