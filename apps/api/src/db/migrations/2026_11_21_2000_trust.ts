import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  sql`create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor_kind text not null check (actor_kind in ('staff', 'resident', 'screen', 'system')),
    actor_id uuid,
    center_id uuid,
    entity text not null,
    entity_id text not null,
    action text not null,
    before jsonb,
    after jsonb,
    request_id text,
    ip text
  )`,
  sql`create index audit_log_at_idx on audit_log (at desc)`,
  sql`create index audit_log_center_idx on audit_log (center_id, at desc)`,
  sql`create index audit_log_entity_idx on audit_log (entity, entity_id)`,
  // The log is append-only for everyone, the API included.
  sql`create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only' using errcode = '42501'; end $$`,
  sql`create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_is_append_only()`,
  sql`alter table staff add column failed_logins integer not null default 0`,
  sql`alter table staff add column locked_until timestamptz`,
  sql`alter table staff add column updated_at timestamptz not null default now()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
