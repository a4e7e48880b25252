import { sql, type Kysely } from 'kysely';

/**
 * Every change to an account, and every change to a session but the once-a-minute touch, is
 * announced on the `tessera_session_cache` channel with the account's id, so that every node drops
 * what it cached about that account's sessions (sessions/cache.ts). Notifications are sent at
 * commit; repeats within a transaction are merged.
 *
 * The touch (last_seen_at moves on, idle_expires_at moves out) is left out on purpose: it happens
 * for every live session every minute, and each node that caches a session touches it itself.
 * Anything else, an idle expiry brought forward included, is announced.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function tessera_session_cache_notify() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'accounts' then
        perform pg_notify('tessera_session_cache', old.id::text);
      else
        perform pg_notify('tessera_session_cache', old.account_id::text);
      end if;
      return null;
    end
    $$;
    create trigger sessions_session_cache_update after update on sessions for each row
      when (
        old.revoked_at is distinct from new.revoked_at
        or old.auth_at is distinct from new.auth_at
        or old.auth_methods is distinct from new.auth_methods
        or old.secret_hash is distinct from new.secret_hash
        or old.account_id is distinct from new.account_id
        or old.device_id is distinct from new.device_id
        or old.absolute_expires_at is distinct from new.absolute_expires_at
        or new.idle_expires_at < old.idle_expires_at
      )
      execute function tessera_session_cache_notify();
    create trigger sessions_session_cache_delete after delete on sessions for each row
      execute function tessera_session_cache_notify();
    create trigger accounts_session_cache after update or delete on accounts for each row
      execute function tessera_session_cache_notify();
  `.execute(db);
}
