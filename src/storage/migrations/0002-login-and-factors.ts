import { sql, type Kysely } from 'kysely';

/** Login challenges, second factors, signing keys and the append-only audit log. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table flows add column attempts integer not null default 0;
    alter table flows add column data text;
    alter table accounts add column password_changed_at timestamptz;
    alter table sessions add column auth_methods text;

    create table totp_factors (
      account_id uuid primary key references accounts (id) on delete cascade,
      secret_enc text not null,
      confirmed_at timestamptz,
      last_used_step bigint,
      created_at timestamptz not null default now()
    );

    create table recovery_codes (
      id uuid primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      code_hash text not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index recovery_codes_account on recovery_codes (account_id);

    create table passkeys (
      id text primary key,
      account_id uuid not null references accounts (id) on delete cascade,
      public_key text not null,
      counter bigint not null default 0,
      transports text,
      device_type text,
      backed_up boolean not null default false,
      name text,
      created_at timestamptz not null default now(),
      last_used_at timestamptz
    );
    create index passkeys_account on passkeys (account_id);

    create table webauthn_challenges (
      id text primary key,
      account_id uuid,
      purpose text not null,
      challenge text not null,
      expires_at timestamptz not null
    );

    create table signing_keys (
      kid text primary key,
      alg text not null,
      public_jwk text not null,
      private_enc text not null,
      created_at timestamptz not null default now(),
      activates_at timestamptz not null,
      retires_at timestamptz
    );

    create table audit_log (
      id uuid primary key,
      account_id uuid,
      actor text not null,
      action text not null,
      outcome text not null,
      ip text,
      device_id uuid,
      details text,
      created_at timestamptz not null default now()
    );
    create index audit_log_account on audit_log (account_id, created_at desc);

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `.execute(db);
}
