import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident's proposal of an activity at a center (居民提议). Only its proposer and the center's
  // staff read it; accepting it creates a draft activity (activity_id), which is no more public than
  // any other draft until staff publish it.
  sql`create table proposals (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    resident_id uuid not null references residents (id) on delete cascade,
    title text not null check (length(btrim(title)) between 1 and 80),
    description text not null default '' check (length(description) <= 2000),
    audiences text[] not null default '{}',
    preferred_dates date[] not null check (cardinality(preferred_dates) between 1 and 3),
    room_id uuid references rooms (id) on delete set null,
    expected_people integer not null check (expected_people between 1 and 10000),
    organisation_name text check (organisation_name is null or length(btrim(organisation_name)) between 1 and 80),
    state text not null default 'submitted' check (state in ('submitted', 'question_asked', 'accepted', 'declined', 'withdrawn')),
    question text,
    answer text,
    decline_reason text,
    activity_id uuid references activities (id) on delete set null,
    decided_by uuid references staff (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint proposals_question_asked check (state <> 'question_asked' or question is not null),
    constraint proposals_declined_reason check (state <> 'declined' or length(btrim(coalesce(decline_reason, ''))) > 0)
  )`,
  sql`create index proposals_center_state_idx on proposals (center_id, state, created_at)`,
  sql`create index proposals_resident_idx on proposals (resident_id, created_at)`,
  // The only moves a proposal makes; anything else (reopening a declined one, accepting a withdrawn
  // one) is refused by the database too, whatever the code above it does.
  sql`create function proposals_guard() returns trigger language plpgsql as $$
    declare open_count integer;
    begin
      if tg_op = 'UPDATE' and new.state <> old.state and not (
        (old.state = 'submitted' and new.state in ('question_asked', 'accepted', 'declined', 'withdrawn'))
        or (old.state = 'question_asked' and new.state in ('submitted', 'declined', 'withdrawn'))
      ) then
        raise exception 'proposal cannot go from % to %', old.state, new.state
          using errcode = 'check_violation', constraint = 'proposals_transition';
      end if;
      -- At most 5 waiting proposals per resident; the resident's row is locked so two at once cannot both slip under.
      if tg_op = 'INSERT' then
        perform 1 from residents where id = new.resident_id for no key update;
        select count(*) into open_count from proposals where resident_id = new.resident_id and state in ('submitted', 'question_asked');
        if open_count >= 5 then
          raise exception 'too many open proposals'
            using errcode = 'check_violation', constraint = 'proposals_open_limit';
        end if;
      end if;
      return new;
    end $$`,
  sql`create trigger proposals_guard before insert or update on proposals
    for each row execute function proposals_guard()`,
  sql`alter table notifications drop constraint notifications_kind_check`,
  sql`alter table notifications add constraint notifications_kind_check check (kind in ('seat_offered', 'offer_lapsed',
    'booking_approved', 'booking_rejected', 'booking_cancelled', 'booking_expired', 'booking_no_show', 'activity_date_cancelled',
    'booking_received', 'booking_reminder', 'signup_confirmed', 'offer_lapsing', 'activity_date_moved', 'activity_reminder',
    'check_in_open', 'center_emergency', 'proposal_question', 'proposal_accepted', 'proposal_declined'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
