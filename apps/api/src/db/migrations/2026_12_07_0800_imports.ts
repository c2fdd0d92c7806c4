import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.

const statements = [
  // An uploaded spreadsheet between its preview and its commit: the parsed rows, what each would
  // do, and its errors. Staff of its center (or region) can commit it, once, before it expires.
  sql`create table import_batches (
    id uuid primary key default gen_random_uuid(),
    kind text not null check (kind ~ '^[a-z][a-z-]{1,39}$'),
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    staff_id uuid not null references staff (id) on delete cascade,
    format text not null check (format in ('xlsx', 'csv')),
    row_count integer not null check (row_count between 0 and 20000),
    columns jsonb not null,
    rows jsonb not null,
    preview jsonb not null,
    status text not null default 'previewed' check (status in ('previewed', 'committed')),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    committed_at timestamptz,
    constraint import_batches_one_scope check ((center_id is null) <> (region_id is null)),
    constraint import_batches_expiry check (expires_at > created_at),
    constraint import_batches_committed check ((status = 'committed') = (committed_at is not null))
  )`,
  sql`create index import_batches_expires_idx on import_batches (expires_at)`,
  sql`create index import_batches_staff_idx on import_batches (staff_id)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
