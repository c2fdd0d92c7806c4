import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Per-center rules for sign-ups, check-in and volunteer points; missing keys take the defaults in code.
  sql`alter table centers add column participation_policy jsonb not null default '{}' check (jsonb_typeof(participation_policy) = 'object')`,

  // Target groups whose participation rate districts report (党员, 银龄, 四点半课堂的家长 …).
  sql`create table resident_groups (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    name text not null check (length(name) between 1 and 40),
    description text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint resident_groups_name_key unique (center_id, name)
  )`,
  sql`create table resident_group_members (
    group_id uuid not null references resident_groups (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete restrict,
    joined_at timestamptz not null default now(),
    primary key (group_id, resident_id)
  )`,
  sql`create index resident_group_members_resident_idx on resident_group_members (resident_id)`,

  // A resident's place in an occurrence: a seat (confirmed), a seat held for them to confirm
  // (offered, until offer_expires_at), or a place in the queue (waitlisted, ordered by queued_at).
  sql`create table registrations (
    id uuid primary key default gen_random_uuid(),
    occurrence_id uuid not null references occurrences (id) on delete cascade,
    activity_id uuid not null references activities (id) on delete cascade,
    center_id uuid not null references centers (id) on delete restrict,
    resident_id uuid not null references residents (id) on delete restrict,
    status text not null check (status in ('confirmed', 'waitlisted', 'offered', 'cancelled', 'expired')),
    queued_at timestamptz not null default now(),
    offer_expires_at timestamptz,
    source text not null check (source in ('resident', 'staff')),
    created_by_staff_id uuid references staff (id) on delete set null,
    late_cancellation boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint registrations_offer_expiry check ((status = 'offered') = (offer_expires_at is not null))
  )`,
  // One live place per resident per occurrence; cancelled and expired rows stay as history.
  sql`create unique index registrations_live_key on registrations (occurrence_id, resident_id)
    where status in ('confirmed', 'waitlisted', 'offered')`,
  sql`create index registrations_resident_idx on registrations (resident_id, created_at)`,
  sql`create index registrations_queue_idx on registrations (occurrence_id, queued_at) where status = 'waitlisted'`,
  sql`create index registrations_offers_idx on registrations (offer_expires_at) where status = 'offered'`,
  sql`create index registrations_center_idx on registrations (center_id, created_at)`,
  // Capacity is the database's to guard: seats (confirmed + offered) never exceed the activity's
  // capacity. The occurrence row is locked first, so concurrent sign-ups are counted one at a time.
  sql`create function registrations_within_capacity() returns trigger language plpgsql as $$
    declare
      cap integer;
      taken integer;
    begin
      if new.status not in ('confirmed', 'offered') then return new; end if;
      if tg_op = 'UPDATE' and old.status in ('confirmed', 'offered') then return new; end if;
      select a.capacity into cap from occurrences o join activities a on a.id = o.activity_id
        where o.id = new.occurrence_id for update of o;
      if cap is null then return new; end if;
      select count(*) into taken from registrations
        where occurrence_id = new.occurrence_id and status in ('confirmed', 'offered') and id <> new.id;
      if taken >= cap then
        raise exception 'occurrence % is full', new.occurrence_id
          using errcode = 'check_violation', constraint = 'registrations_capacity';
      end if;
      return new;
    end $$`,
  sql`create trigger registrations_capacity before insert or update of status on registrations
    for each row execute function registrations_within_capacity()`,

  // Attendance. A resident checks in once per occurrence (by QR or ticked by staff); walk-ins
  // without an account are rows with a headcount and no resident.
  sql`create table check_ins (
    id uuid primary key default gen_random_uuid(),
    occurrence_id uuid not null references occurrences (id) on delete cascade,
    center_id uuid not null references centers (id) on delete restrict,
    resident_id uuid references residents (id) on delete restrict,
    registration_id uuid references registrations (id) on delete set null,
    method text not null check (method in ('qr', 'staff', 'walk_in')),
    headcount integer not null default 1 check (headcount between 1 and 10000),
    checked_in_at timestamptz not null default now(),
    recorded_by_staff_id uuid references staff (id) on delete set null,
    constraint check_ins_who check ((method = 'walk_in') = (resident_id is null) and (resident_id is null or headcount = 1)),
    constraint check_ins_once unique (occurrence_id, resident_id)
  )`,
  sql`create index check_ins_center_time_idx on check_ins (center_id, checked_in_at)`,
  sql`create index check_ins_resident_idx on check_ins (resident_id, checked_in_at)`,

  // Volunteer teams, their members, and the service they give (hours, and points fixed when recorded).
  sql`create table volunteer_teams (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    name text not null check (length(name) between 1 and 60),
    description text not null default '',
    active boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint volunteer_teams_name_key unique (center_id, name)
  )`,
  sql`create table volunteer_members (
    id uuid primary key default gen_random_uuid(),
    team_id uuid not null references volunteer_teams (id) on delete cascade,
    center_id uuid not null references centers (id) on delete restrict,
    resident_id uuid not null references residents (id) on delete restrict,
    -- A lobby screen never shows a registered name: only this alias, and only with consent.
    public_alias text check (length(public_alias) between 1 and 20),
    leaderboard_consent boolean not null default false,
    active boolean not null default true,
    joined_at timestamptz not null default now(),
    constraint volunteer_members_key unique (team_id, resident_id),
    constraint volunteer_members_consent check (not leaderboard_consent or public_alias is not null)
  )`,
  sql`create index volunteer_members_resident_idx on volunteer_members (resident_id)`,
  sql`create table volunteer_service (
    id uuid primary key default gen_random_uuid(),
    member_id uuid not null references volunteer_members (id) on delete cascade,
    center_id uuid not null references centers (id) on delete restrict,
    occurrence_id uuid references occurrences (id) on delete set null,
    check_in_id uuid unique references check_ins (id) on delete set null,
    served_at timestamptz not null,
    minutes integer not null check (minutes between 1 and 1440),
    points integer not null check (points >= 0),
    note text not null default '',
    recorded_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  sql`create index volunteer_service_center_time_idx on volunteer_service (center_id, served_at)`,
  sql`create index volunteer_service_member_idx on volunteer_service (member_id, served_at)`,

  // 民情: what visitors ask for at the service hall, and how it ended.
  sql`create table service_requests (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete restrict,
    received_at timestamptz not null,
    category text not null,
    description text not null check (length(description) between 1 and 2000),
    resident_id uuid references residents (id) on delete restrict,
    visitor_name text check (length(visitor_name) between 1 and 40),
    visitor_phone text check (visitor_phone ~ '^[0-9+\\-() ]{5,20}$'),
    status text not null check (status in ('registered', 'resolved_on_spot', 'transferred', 'closed')),
    department text check (length(department) between 1 and 80),
    transferred_at timestamptz,
    closed_at timestamptz,
    resolution text not null default '',
    created_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint service_requests_transfer check ((transferred_at is null) = (department is null)),
    constraint service_requests_state check (
      case status
        when 'registered' then transferred_at is null and closed_at is null
        when 'resolved_on_spot' then transferred_at is null and closed_at is not null
        when 'transferred' then transferred_at is not null and closed_at is null
        else closed_at is not null
      end
    )
  )`,
  sql`create index service_requests_center_time_idx on service_requests (center_id, received_at)`,
  sql`create index service_requests_open_idx on service_requests (center_id, status) where status in ('registered', 'transferred')`,

  // Reports read occurrences and bookings by center and month.
  sql`create index bookings_center_status_idx on bookings (center_id, status, starts_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
