import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // A booking's code is what the resident shows at the desk (typed, or scanned from their phone) for
  // staff to check them in (核销): 8 digits, since it is read aloud and typed on a number pad. Made
  // by the database, so every way a booking is written gets one, and unique across all centers.
  sql`create function new_booking_code() returns text language plpgsql volatile as $$
declare
  candidate text;
begin
  loop
    candidate := lpad(floor(random() * 100000000)::bigint::text, 8, '0');
    exit when not exists (select 1 from bookings where code = candidate);
  end loop;
  return candidate;
end $$`,
  sql`alter table bookings add column code text check (code ~ '^[0-9]{8}$')`,
  // Existing bookings: a step through all 8-digit numbers (48271 is prime to 10^8), so no two collide.
  sql`update bookings b set code = lpad(((n.rn * 48271 + 1234567) % 100000000)::text, 8, '0')
    from (select id, row_number() over (order by created_at, id) as rn from bookings) n where n.id = b.id`,
  sql`alter table bookings alter column code set default new_booking_code(), alter column code set not null`,
  sql`create unique index bookings_code_key on bookings (code)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
