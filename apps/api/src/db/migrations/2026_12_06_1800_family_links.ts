import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A resident (the proxy) acts for a family member: books, signs up, cancels and checks in for
  // them. The member proved it by telling the proxy an SMS code, or staff linked them at the desk
  // (center and staff member kept). Unlinking deletes the row; staff links and unlinks are audited.
  sql`create table family_links (
    id uuid primary key default gen_random_uuid(),
    proxy_resident_id uuid not null references residents (id) on delete cascade,
    member_resident_id uuid not null references residents (id) on delete cascade,
    method text not null check (method in ('sms_code', 'staff')),
    center_id uuid references centers (id) on delete set null,
    linked_by_staff_id uuid references staff (id) on delete set null,
    created_at timestamptz not null,
    constraint family_links_not_self check (proxy_resident_id <> member_resident_id),
    constraint family_links_pair_key unique (proxy_resident_id, member_resident_id)
  )`,
  sql`create index family_links_member_idx on family_links (member_resident_id)`,
  // At most 5 members per proxy and 5 proxies per member. Both residents' rows are locked first
  // (in id order), so two links made at once cannot both slip under a limit.
  sql`create function family_links_within_limits() returns trigger language plpgsql as $$
    declare members integer; proxies integer;
    begin
      perform 1 from residents where id in (new.proxy_resident_id, new.member_resident_id) order by id for no key update;
      select count(*) into members from family_links where proxy_resident_id = new.proxy_resident_id;
      select count(*) into proxies from family_links where member_resident_id = new.member_resident_id;
      if members >= 5 or proxies >= 5 then
        raise exception 'family link limit reached'
          using errcode = 'check_violation', constraint = 'family_links_limit';
      end if;
      return new;
    end $$`,
  sql`create trigger family_links_limit before insert on family_links
    for each row execute function family_links_within_limits()`,
  // Who acted, when a proxy booked, signed up or checked in for the resident the row is for.
  sql`alter table bookings add column acted_by_resident_id uuid references residents (id) on delete set null`,
  sql`alter table bookings add constraint bookings_acted_by_other check (acted_by_resident_id is null or acted_by_resident_id <> resident_id)`,
  sql`alter table registrations add column acted_by_resident_id uuid references residents (id) on delete set null`,
  sql`alter table registrations add constraint registrations_acted_by_other check (acted_by_resident_id is null or acted_by_resident_id <> resident_id)`,
  sql`alter table check_ins add column acted_by_resident_id uuid references residents (id) on delete set null`,
  // The member proves the link with a code of its own purpose, sent to their number.
  sql`alter table phone_codes drop constraint phone_codes_purpose_check`,
  sql`alter table phone_codes add constraint phone_codes_purpose_check check (purpose in ('sign_up', 'sign_in', 'reset_password', 'change_phone', 'family_link'))`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
