import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // Activity records (活动纪实): what a center did, with photos. Only published records are public;
  // every published record reaches the lobby screens, so it needs staff's confirmation (consent)
  // that the people in its photos agreed, recorded with who and when.
  sql`create table activity_records (
    id uuid primary key default gen_random_uuid(),
    center_id uuid not null references centers (id) on delete cascade,
    occurrence_id uuid references occurrences (id) on delete set null,
    title text not null check (length(btrim(title)) between 1 and 80),
    body text not null default '' check (length(body) <= 5000),
    tags text[] not null default '{}' check (cardinality(tags) <= 8),
    organiser text check (organiser is null or length(btrim(organiser)) between 1 and 80),
    status text not null default 'draft' check (status in ('draft', 'published', 'unpublished')),
    consent boolean not null default false,
    consent_by uuid references staff (id) on delete set null,
    consent_at timestamptz,
    published_at timestamptz,
    created_by uuid references staff (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint activity_records_consent_recorded check (not consent or consent_at is not null),
    constraint activity_records_published_consent check (status <> 'published' or consent),
    constraint activity_records_published_at check (status = 'draft' or published_at is not null)
  )`,
  sql`create index activity_records_center_idx on activity_records (center_id, status, published_at desc)`,
  sql`create index activity_records_occurrence_idx on activity_records (occurrence_id) where occurrence_id is not null`,
  sql`create table record_photos (
    id uuid primary key default gen_random_uuid(),
    record_id uuid not null references activity_records (id) on delete cascade,
    position integer not null check (position >= 0),
    width integer not null check (width > 0),
    height integer not null check (height > 0),
    created_at timestamptz not null,
    constraint record_photos_position_key unique (record_id, position)
  )`,
  // The database implementation of the photo storage (modules/records/photo-store.ts): the embedded
  // install and several replicas share it without a shared disk, and a write joins the transaction
  // of the record it belongs to, so a failed upload or a deleted draft leaves nothing behind.
  sql`create table stored_files (
    key text primary key check (length(key) between 1 and 200),
    content_type text not null,
    bytes bytea not null check (octet_length(bytes) > 0),
    created_at timestamptz not null default now()
  )`,
  // Views per record and day. Who viewed is never kept: a view leaves a mark, a hash of the viewer
  // with a salt made for that day; marks and salts are deleted after the day, so the counts are
  // all that remains and no mark can be traced back to a resident or a device.
  sql`create table record_view_days (
    record_id uuid not null references activity_records (id) on delete cascade,
    day date not null,
    views integer not null default 0 check (views >= 0),
    primary key (record_id, day)
  )`,
  sql`create table record_view_salts (
    day date primary key,
    salt bytea not null
  )`,
  sql`create table record_view_marks (
    day date not null,
    mark bytea not null,
    primary key (day, mark)
  )`,
  // A record's activity date is of its own center; a published record has 1-12 photos.
  sql`create function activity_records_guard() returns trigger language plpgsql as $$
    declare photo_count integer;
    begin
      if new.occurrence_id is not null and (tg_op = 'INSERT' or new.occurrence_id is distinct from old.occurrence_id) then
        perform 1 from occurrences where id = new.occurrence_id and center_id = new.center_id;
        if not found then
          raise exception 'the activity date is of another center'
            using errcode = 'check_violation', constraint = 'activity_records_occurrence_center';
        end if;
      end if;
      if new.status = 'published' then
        select count(*) into photo_count from record_photos where record_id = new.id;
        if photo_count not between 1 and 12 then
          raise exception 'a published record has 1-12 photos, not %', photo_count
            using errcode = 'check_violation', constraint = 'activity_records_published_photos';
        end if;
      end if;
      return new;
    end $$`,
  sql`create trigger activity_records_guard before insert or update on activity_records
    for each row execute function activity_records_guard()`,
  // The record's row is locked, so two uploads at once cannot both slip under the limit, and a
  // published record cannot lose its last photo. A record being deleted takes its photos with it.
  sql`create function record_photos_guard() returns trigger language plpgsql as $$
    declare record_status text;
    declare photo_count integer;
    begin
      if tg_op = 'INSERT' then
        perform 1 from activity_records where id = new.record_id for no key update;
        select count(*) into photo_count from record_photos where record_id = new.record_id;
        if photo_count >= 12 then
          raise exception 'a record has at most 12 photos'
            using errcode = 'check_violation', constraint = 'record_photos_limit';
        end if;
        return new;
      end if;
      select status into record_status from activity_records where id = old.record_id for no key update;
      if record_status = 'published' then
        select count(*) into photo_count from record_photos where record_id = old.record_id;
        if photo_count <= 1 then
          raise exception 'a published record keeps at least one photo'
            using errcode = 'check_violation', constraint = 'activity_records_published_photos';
        end if;
      end if;
      return old;
    end $$`,
  sql`create trigger record_photos_guard before insert or delete on record_photos
    for each row execute function record_photos_guard()`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
