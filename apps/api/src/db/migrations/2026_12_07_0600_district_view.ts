import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // The audience a target group stands for (e.g. 老年人 = 'seniors'), or null. Residents carry no
  // age of their own: the region report counts a target audience's residents through these groups.
  sql`alter table resident_groups add column audience text
    constraint resident_groups_audience_check
    check (audience in ('residents', 'seniors', 'children', 'parents', 'youth', 'women', 'party_members', 'volunteers'))`,
  sql`create index resident_groups_audience_idx on resident_groups (audience, center_id) where audience is not null`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
