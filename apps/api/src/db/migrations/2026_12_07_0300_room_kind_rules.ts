import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Booking rules a center sets for every room of one kind (the middle level between the center's
  // defaults and a room's own); one row per center and kind, removed when it follows the center again.
  sql`create table room_kind_booking_policies (
    center_id uuid not null references centers (id) on delete cascade,
    kind text not null check (kind ~ '^[a-z_]{1,40}$'),
    policy jsonb not null check (jsonb_typeof(policy) = 'object' and policy <> '{}'),
    updated_at timestamptz not null default now(),
    primary key (center_id, kind),
    -- Quotas count bookings: zero or less would shut the rooms without saying so.
    constraint room_kind_policies_quota_positive check (
      coalesce((policy ->> 'weeklyQuota')::numeric, 1) >= 1 and coalesce((policy ->> 'maxUpcoming')::numeric, 1) >= 1
    )
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
