import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // 共建协议: what a unit signed with one of its partner centers or regions, for a period. Its status
  // (not yet in force, in force, expired) follows from the dates, so nothing has to flip it at midnight.
  // The attachment (a PDF, or a photo of the signed page with its EXIF stripped) lives in the file
  // store under agreements/<id>/file; the columns say what it is.
  sql`create table co_building_agreements (
    id uuid primary key default gen_random_uuid(),
    unit_id uuid not null references co_building_units (id) on delete cascade,
    center_id uuid references centers (id) on delete cascade,
    region_id uuid references regions (id) on delete cascade,
    title text not null check (length(btrim(title)) between 1 and 80),
    content text not null default '' check (length(content) <= 5000),
    starts_on date not null,
    ends_on date not null,
    attachment_name text check (attachment_name is null or length(attachment_name) between 1 and 120),
    attachment_type text check (attachment_type is null or attachment_type in ('application/pdf', 'image/jpeg', 'image/png')),
    attachment_size integer check (attachment_size is null or attachment_size > 0),
    created_by uuid references staff (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint co_building_agreements_one_side check ((center_id is null) <> (region_id is null)),
    constraint co_building_agreements_dates check (ends_on >= starts_on),
    constraint co_building_agreements_attachment check ((attachment_name is null) = (attachment_type is null) and (attachment_type is null) = (attachment_size is null))
  )`,
  sql`create index co_building_agreements_unit_idx on co_building_agreements (unit_id)`,
  sql`create index co_building_agreements_center_idx on co_building_agreements (center_id) where center_id is not null`,
  // An agreement is signed with one of the unit's partners. Checked at commit, so that an import
  // (modules/portability) may insert agreements before the partners in the same transaction.
  sql`create function co_building_agreements_guard() returns trigger language plpgsql as $$
    begin
      perform 1 from co_building_partners p where p.unit_id = new.unit_id
        and (p.center_id = new.center_id or p.region_id = new.region_id);
      if not found then
        raise exception 'the agreement''s partner does not work with this unit'
          using errcode = 'check_violation', constraint = 'co_building_agreements_partner';
      end if;
      return new;
    end $$`,
  sql`create constraint trigger co_building_agreements_guard after insert or update of unit_id, center_id, region_id
    on co_building_agreements deferrable initially deferred for each row execute function co_building_agreements_guard()`,
  // A unit's room offered to the booking system (整合驻区单位阵地资源): a room of a partner center,
  // booked under the center's rules, shown as provided by the unit. The provider is set when the
  // room is added and never later: a center's own room does not become a unit's.
  sql`alter table rooms add column provided_by_unit_id uuid references co_building_units (id) on delete restrict`,
  sql`create index rooms_provided_by_unit_idx on rooms (provided_by_unit_id) where provided_by_unit_id is not null`,
  sql`create function rooms_provider_fixed() returns trigger language plpgsql as $$
    begin
      if new.provided_by_unit_id is distinct from old.provided_by_unit_id then
        raise exception 'a room''s provider is set when the room is added'
          using errcode = 'check_violation', constraint = 'rooms_provider_fixed';
      end if;
      return new;
    end $$`,
  sql`create trigger rooms_provider_fixed before update of provided_by_unit_id on rooms
    for each row execute function rooms_provider_fixed()`,
  // The unit works with the room's center; checked at commit, like the agreements' partner.
  sql`create function rooms_provider_partner() returns trigger language plpgsql as $$
    begin
      if new.provided_by_unit_id is not null then
        perform 1 from co_building_partners p where p.unit_id = new.provided_by_unit_id and p.center_id = new.center_id;
        if not found then
          raise exception 'the unit does not work with this center'
            using errcode = 'check_violation', constraint = 'rooms_provider_partner';
        end if;
      end if;
      return new;
    end $$`,
  sql`create constraint trigger rooms_provider_partner after insert or update of center_id on rooms
    deferrable initially deferred for each row execute function rooms_provider_partner()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
