import { sql, type Kysely } from 'kysely';

/** Accounts, handles, flows with their codes, the SMS outbox, devices, sessions, the blocklist, counters. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table accounts (
      id uuid primary key,
      phone text,
      region text not null,
      handle text not null,
      display_name text,
      status text not null default 'active',
      trust_level integer not null default 0,
      password_hash text not null,
      handle_changes integer not null default 0,
      handle_changed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index accounts_phone_live on accounts (phone) where phone is not null and status <> 'deleted';
    create unique index accounts_handle_key on accounts (lower(handle));

    create table handle_holds (
      handle_key text primary key,
      account_id uuid,
      held_until timestamptz not null
    );

    create table flows (
      id text primary key,
      kind text not null,
      state text not null,
      phone text not null,
      region text not null,
      account_id uuid,
      locale text not null,
      device_name text,
      ip text,
      sends integer not null default 0,
      last_sent_at timestamptz,
      verified_at timestamptz,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    );
    create index flows_expires_at on flows (expires_at);

    create table verification_codes (
      flow_id text primary key references flows (id) on delete cascade,
      purpose text not null,
      code_hash text not null,
      attempts integer not null default 0,
      max_attempts integer not null,
      expires_at timestamptz not null,
      consumed_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table sms_outbox (
      id uuid primary key,
      flow_id text,
      phone text not null,
      region text not null,
      purpose text not null,
      locale text not null,
      body_enc text,
      status text not null default 'queued',
      provider text,
      provider_message_id text,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      error text,
      segments integer,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index sms_outbox_due on sms_outbox (next_attempt_at) where status = 'queued';
    create index sms_outbox_flow on sms_outbox (flow_id);

    create table dev_inbox (
      id uuid primary key,
      to_phone text not null,
      text text not null,
      created_at timestamptz not null default now()
    );
    create index dev_inbox_to on dev_inbox (to_phone, created_at desc);

    create table devices (
      id uuid primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      token_hash text not null unique,
      name text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      revoked_at timestamptz
    );
    create index devices_account on devices (account_id);

    create table sessions (
      id text primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      device_id uuid references devices (id) on delete set null,
      secret_hash text not null,
      ip text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      auth_at timestamptz not null default now(),
      idle_expires_at timestamptz not null,
      absolute_expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_account on sessions (account_id);

    create table blocklist (
      pattern text primary key,
      reason text,
      created_at timestamptz not null default now()
    );

    create table counters (
      key text primary key,
      count bigint not null,
      expires_at timestamptz not null
    );
    create index counters_expires_at on counters (expires_at);

    create table counter_buckets (
      key text not null,
      slot bigint not null,
      count bigint not null,
      expires_at timestamptz not null,
      primary key (key, slot)
    );
    create index counter_buckets_expires_at on counter_buckets (expires_at);
  `.execute(db);
}
