import { type Selectable, sql } from 'kysely'
import type { ApprovalChain, ApprovalStep, RoomKind } from '@linli/contracts'
import type { Database } from '../../db/database'
import { subtreeQuery } from '../regions/regions.repository'
import type { ApprovalChainsTable } from '../../db/schema'

type ChainRow = Selectable<ApprovalChainsTable>

export const toChain = (c: ChainRow): ApprovalChain => ({
  id: c.id, centerId: c.center_id, roomId: c.room_id, roomKind: c.room_kind, steps: c.steps, updatedAt: c.updated_at.toISOString(),
})

export const listChains = (db: Database, centerId: string) =>
  db.selectFrom('approval_chains').selectAll().where('center_id', '=', centerId).orderBy('room_kind').orderBy('room_id').execute()

export const findChain = (db: Database, id: string) => db.selectFrom('approval_chains').selectAll().where('id', '=', id).executeTakeFirst()

/** The chain a room's requests follow: its own, else its kind's in its center. */
export async function chainForRoom(db: Database, roomId: string) {
  const rows = await db.selectFrom('approval_chains as a').innerJoin('rooms as r', 'r.center_id', 'a.center_id').selectAll('a')
    .where('r.id', '=', roomId).where((eb) => eb.or([eb('a.room_id', '=', eb.ref('r.id')), eb('a.room_kind', '=', eb.ref('r.kind'))])).execute()
  return rows.find((r) => r.room_id === roomId) ?? rows.find((r) => r.room_id === null)
}

/**
 * Sets the chain of one room or one kind in a center; one statement, so a bad chain never half-lands.
 * An upsert on the partial unique indexes: the same chain saved twice at once (a double click) keeps
 * one row and answers both, where a delete then insert lost the race with a unique violation.
 */
export function putChain(db: Database, c: { centerId: string; roomId: string | null; roomKind: RoomKind | null; steps: ApprovalStep[]; staffId: string; now: Date }) {
  const values = { center_id: c.centerId, room_id: c.roomId, room_kind: c.roomKind, steps: JSON.stringify(c.steps), updated_by_staff_id: c.staffId, updated_at: c.now }
  const update = { steps: values.steps, updated_by_staff_id: c.staffId, updated_at: c.now }
  return db.insertInto('approval_chains').values(values)
    .onConflict((oc) => (c.roomId
      ? oc.column('room_id').where('room_id', 'is not', null)
      : oc.columns(['center_id', 'room_kind']).where('room_kind', 'is not', null)).doUpdateSet(update))
    .returningAll().executeTakeFirstOrThrow()
}

export const deleteChain = (db: Database, id: string) => db.deleteFrom('approval_chains').where('id', '=', id).executeTakeFirst()

/** The subdistrict a center lies in: the nearest region at that level on its way up, if any. */
export async function subdistrictOf(db: Database, centerId: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    with recursive up(id, parent_id, level, name) as (
      select r.id, r.parent_id, r.level, r.name from regions r join centers c on c.region_id = r.id where c.id = ${centerId}
      union all
      select r.id, r.parent_id, r.level, r.name from regions r join up on up.parent_id = r.id
    )
    select id, name from up where level = 'subdistrict' limit 1`.execute(db)
  return rows[0]
}

/** How many active admins can decide for a subdistrict: scoped to it or to a region above it. */
export async function countSubdistrictApprovers(db: Database, subdistrictId: string) {
  const { rows } = await sql<{ n: string }>`
    with recursive up(id, parent_id) as (
      select id, parent_id from regions where id = ${subdistrictId}
      union all
      select r.id, r.parent_id from regions r join up on up.parent_id = r.id
    )
    select count(*) as n from staff s where s.active and s.role = 'district_admin' and s.region_id in (select id from up)`.execute(db)
  return Number(rows[0]!.n)
}

/** Requests waiting at a step of this approver, in these centers (or every center under a region). */
export function awaitingIds(db: Database, scope: { approver: 'center_staff'; centerId: string } | { approver: 'subdistrict_admin'; regionId: string }) {
  let q = db.selectFrom('bookings as b').innerJoin('centers as c', 'c.id', 'b.center_id').select('b.id')
    .where('b.status', '=', 'requested')
    .where(sql<string>`coalesce(b.approval_steps -> (b.approval_step - 1) ->> 'approver', 'center_staff')`, '=', scope.approver)
  if ('centerId' in scope) q = q.where('b.center_id', '=', scope.centerId)
  else q = q.where('c.region_id', 'in', subtreeQuery(db, scope.regionId))
  return q.orderBy('b.approval_due_at').orderBy('b.starts_at').limit(500).execute()
}

/** Moves a request to another step (or out of the chain when it is decided); guarded by the step it was at. */
export async function setApprovalStep(db: Database, bookingId: string, from: number | null, to: number, dueAt: Date | null) {
  const q = db.updateTable('bookings').set({ approval_step: to, approval_due_at: dueAt }).where('id', '=', bookingId).where('status', '=', 'requested')
  const r = await (from === null ? q.where('approval_step', 'is', null) : q.where('approval_step', '=', from)).executeTakeFirst()
  return r.numUpdatedRows > 0n
}

/** Requests whose current step has lapsed, locked so that one replica handles each. */
export function lockLapsedSteps(db: Database, now: Date, limit = 200) {
  return sql<{ id: string; center_id: string; approval_step: number }>`
    select id, center_id, approval_step from bookings
    where status = 'requested' and approval_due_at is not null and approval_due_at <= ${now}
    order by approval_due_at limit ${limit} for update skip locked`.execute(db)
}
