import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident registered at a center's service desk: the center may then find them and hand them
  // a sign-in QR. The household note (住址, 户) is the desk's own, kept per center.
  sql`create table center_residents (
    center_id uuid not null references centers (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete cascade,
    household text check (household is null or (length(household) between 1 and 200 and household ~ '\\S')),
    registered_by_staff_id uuid references staff (id) on delete set null,
    registered_at timestamptz not null,
    primary key (center_id, resident_id)
  )`,
  sql`create index center_residents_resident_idx on center_residents (resident_id)`,
  // One-time sign-in links staff hand over as a QR: only a digest of the token is kept. Rows stay
  // after use (who was signed in by whom, and when) until the resident's account goes.
  sql`create table resident_sign_in_links (
    id uuid primary key default gen_random_uuid(),
    resident_id uuid not null references residents (id) on delete cascade,
    center_id uuid not null references centers (id) on delete cascade,
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    closed_at timestamptz,
    closed_reason text check (closed_reason in ('used', 'replaced')),
    check (expires_at > created_at),
    check ((closed_at is null) = (closed_reason is null))
  )`,
  // At most one open link per resident: making a new one closes the old one first.
  sql`create unique index resident_sign_in_links_open_idx on resident_sign_in_links (resident_id) where closed_at is null`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
