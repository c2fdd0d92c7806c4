import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A closure ties a room to its center, so a closure can name a room only of its own center.
  sql`alter table rooms add constraint rooms_id_center_key unique (id, center_id)`,
  // A center (room_id null) or one room closed for a while: whole days or part of a day, with the
  // reason residents are shown (闭馆：设备检修). created_at is the app's clock at creation, so the
  // rule "no closure that has already ended" is a check the database keeps.
  sql`create table closures (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    room_id uuid,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    all_day boolean not null,
    reason text not null check (length(btrim(reason)) between 1 and 100),
    created_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    constraint closures_room_fkey foreign key (room_id, center_id) references rooms (id, center_id) on delete cascade,
    constraint closures_span check (ends_at > starts_at and ends_at - starts_at <= interval '366 days'),
    constraint closures_not_past check (ends_at > created_at),
    constraint closures_no_overlap exclude using gist (
      center_id with =, (coalesce(room_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =, tstzrange(starts_at, ends_at) with &&
    )
  )`,
  sql`create index closures_center_time_idx on closures (center_id, ends_at)`,
  // Whether a center closes on China's statutory holidays and works its make-up days (off unless chosen).
  sql`create table center_holiday_settings (
    center_id uuid primary key references centers (id) on delete cascade,
    follows_national_holidays boolean not null default false,
    updated_at timestamptz not null default now()
  )`,
  // Statutory holidays on which a center that follows them stays open anyway.
  sql`create table center_holiday_exceptions (
    center_id uuid not null references centers (id) on delete cascade,
    date date not null,
    note text not null default '' check (length(note) <= 100),
    created_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    primary key (center_id, date)
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
