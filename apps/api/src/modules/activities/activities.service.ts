import { addMinutes, formatOffset, instantToLocal, localDateOf, localToInstant, minutesBetween } from '@linli/schedule'
import type { ActivityCreate, ActivitySplit, ActivityUpdate, Conflict, Occurrence, OccurrenceUpdate } from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { AppError, badRequest, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { noticeDatesCalledOff, noticeDatesMoved, startsBeforeChange } from '../notifications/notify'
import { activityHasParticipation, moveParticipation } from '../participation/occurrence-history'
import { type Hold, findClashes, lockRooms, refreshOccurrenceReservations } from '../reservations/reservations.repository'
import {
  type ActivityFields, type NewOccurrence, activityFields, deleteActivityRow, findActivityRow,
  findOccurrence, insertActivity, insertOccurrences, listActivityOccurrences, toActivity, toLocal, toOccurrence,
  retireOccurrences, updateActivityRow, updateOccurrenceRow,
} from './activities.repository'
import { assertTimesExist, materialize, splitRule, validateActivity, withDefaults } from './series'

const isExclusionViolation = (e: unknown) => (e as { code?: string }).code === '23P01'

async function centerTimeZone(db: Database, centerId: string) {
  const c = await db.selectFrom('centers').select('time_zone').where('id', '=', centerId).executeTakeFirst()
  if (!c) throw notFound('Center')
  return c.time_zone
}

async function assertRoomInCenter(db: Database, roomId: string | null, centerId: string) {
  if (roomId === null) return
  const room = await db.selectFrom('rooms').select('center_id').where('id', '=', roomId).executeTakeFirst()
  if (!room || room.center_id !== centerId) throw badRequest('room_not_in_center', 'The room does not belong to this center')
}

/** What would collide, per date, with the holds a write is about to make. */
async function conflictsFor(db: Database, holds: Hold[], exclude: string[], timeZone: string): Promise<Conflict[]> {
  const clashes = await findClashes(db, holds, exclude)
  return clashes.map((c) => {
    const h = holds[c.index]!
    return {
      date: localDateOf(h.startsAt, timeZone), roomId: c.roomId, roomName: c.roomName,
      startsAt: formatOffset(h.startsAt, timeZone), endsAt: formatOffset(h.endsAt, timeZone),
      withTitle: c.withTitle, withStartsAt: formatOffset(c.withStartsAt, timeZone), withEndsAt: formatOffset(c.withEndsAt, timeZone),
    }
  })
}

const slotTaken = (conflicts: Conflict[]) =>
  new AppError(409, 'slot_taken',
    conflicts.length
      ? `The room is taken on ${[...new Set(conflicts.map((c) => c.date))].join(', ')}`
      : 'The room is taken at this time (the occurrences may overlap each other)',
    undefined, { conflicts })

const holdsOf = (fields: ActivityFields, occurrences: NewOccurrence[]): Hold[] =>
  fields.status === 'cancelled' ? [] : occurrences.filter((o) => o.roomId).map((o) => ({ roomId: o.roomId!, startsAt: o.startsAt, endsAt: o.endsAt }))

/**
 * Runs a write that reserves rooms: a friendly per-date check first, then the exclusion constraint
 * as the real guard (a concurrent writer can win between the two); either way the answer is a 409.
 */
async function reserving<T>(app: App, holds: Hold[], exclude: string[], timeZone: string, write: (trx: Database) => Promise<T>): Promise<T> {
  try {
    return await app.db.transaction().execute(async (trx) => {
      await lockRooms(trx, holds.map((h) => h.roomId))
      const conflicts = await conflictsFor(trx, holds, exclude, timeZone)
      if (conflicts.length) throw slotTaken(conflicts)
      return write(trx)
    })
  } catch (e) {
    if (isExclusionViolation(e)) throw slotTaken(await conflictsFor(app.db, holds, exclude, timeZone))
    throw e
  }
}

export async function checkActivity(app: App, actor: Actor, centerId: string, input: ActivityCreate, activityId?: string) {
  await assertCenterAccess(app.db, actor, centerId, 'manage_activities')
  const timeZone = await centerTimeZone(app.db, centerId)
  const fields = validateActivity(withDefaults(input))
  assertTimesExist(timeZone, fields)
  const { occurrences } = materialize(fields, timeZone, app.clock())
  const exclude = activityId ? (await listActivityOccurrences(app.db, activityId)).map((o) => o.id) : []
  return conflictsFor(app.db, holdsOf(fields, occurrences), exclude, timeZone)
}

export async function createActivity(app: App, actor: Actor, centerId: string, input: ActivityCreate) {
  await assertCenterAccess(app.db, actor, centerId, 'manage_activities')
  const timeZone = await centerTimeZone(app.db, centerId)
  const fields = validateActivity(withDefaults(input))
  assertTimesExist(timeZone, fields)
  await assertRoomInCenter(app.db, fields.roomId, centerId)
  const { occurrences, materializedUntil } = materialize(fields, timeZone, app.clock())
  const id = await reserving(app, holdsOf(fields, occurrences), [], timeZone, async (trx) => {
    const { id } = await insertActivity(trx, centerId, fields, { createdBy: actor.id, materializedUntil })
    await insertOccurrences(trx, id, centerId, occurrences)
    await refreshOccurrenceReservations(trx, { activityId: id })
    return id
  })
  app.realtime.centerChanged(centerId, 'schedule')
  return toActivity((await findActivityRow(app.db, id))!)
}

/**
 * Creates an activity in the caller's transaction (a resident's proposal accepted as a draft): the
 * checks of createActivity, with the room rows locked; the caller publishes the change after commit.
 */
export async function createActivityIn(trx: Database, actor: Actor, centerId: string, timeZone: string, input: ActivityCreate, now: Date) {
  const fields = validateActivity(withDefaults(input))
  assertTimesExist(timeZone, fields)
  await assertRoomInCenter(trx, fields.roomId, centerId)
  const { occurrences, materializedUntil } = materialize(fields, timeZone, now)
  const holds = holdsOf(fields, occurrences)
  await lockRooms(trx, holds.map((h) => h.roomId))
  const conflicts = await conflictsFor(trx, holds, [], timeZone)
  if (conflicts.length) throw slotTaken(conflicts)
  const { id } = await insertActivity(trx, centerId, fields, { createdBy: actor.id, materializedUntil })
  await insertOccurrences(trx, id, centerId, occurrences)
  await refreshOccurrenceReservations(trx, { activityId: id })
  return id
}

async function loadForChange(app: App, actor: Actor, activityId: string) {
  const row = await findActivityRow(app.db, activityId)
  if (!row) throw notFound('Activity')
  await assertCenterAccess(app.db, actor, row.center_id, 'manage_activities')
  return row
}

/** Occurrences of the new plan matched to stored ones by local date, so edits keep their ids. */
async function applyPlan(trx: Database, activityId: string, centerId: string, planned: NewOccurrence[], now: Date) {
  const existing = await listActivityOccurrences(trx, activityId)
  const byDate = new Map(existing.map((o) => [toLocal(o.recurrence_local).slice(0, 10), o]))
  const inserts: NewOccurrence[] = []
  const updates: [string, NewOccurrence][] = []
  for (const p of planned) {
    const match = byDate.get(p.recurrenceLocal.slice(0, 10))
    byDate.delete(p.recurrenceLocal.slice(0, 10))
    if (!match) inserts.push(p)
    else if (!match.overridden) updates.push([match.id, p])
  }
  await retireOccurrences(trx, [...byDate.values()].map((o) => o.id), now)
  for (const [id, p] of updates) await updateOccurrenceRow(trx, id, { ...p }, now)
  await insertOccurrences(trx, activityId, centerId, inserts)
  await refreshOccurrenceReservations(trx, { activityId })
}

export async function updateActivity(app: App, actor: Actor, activityId: string, changes: ActivityUpdate) {
  const row = await loadForChange(app, actor, activityId)
  const fields = validateActivity({ ...activityFields(row), ...changes })
  assertTimesExist(row.time_zone, { startsLocal: changes.startsLocal, endsLocal: changes.endsLocal })
  await assertRoomInCenter(app.db, fields.roomId, row.center_id)
  const now = app.clock()
  const { occurrences, materializedUntil } = materialize(fields, row.time_zone, now)
  const existing = await listActivityOccurrences(app.db, activityId)
  const exclude = existing.map((o) => o.id)
  await reserving(app, holdsOf(fields, occurrences), exclude, row.time_zone, async (trx) => {
    const starts = await startsBeforeChange(trx, exclude)
    await updateActivityRow(trx, activityId, fields, materializedUntil, now)
    await applyPlan(trx, activityId, row.center_id, occurrences, now)
    await noticeDatesMoved(trx, starts, now)
    // Cancelling the activity or taking dates out of it calls off dates residents signed up for.
    if (row.status !== 'cancelled') await noticeDatesCalledOff(trx, existing.filter((o) => o.status === 'scheduled').map((o) => o.id), now)
  })
  app.realtime.centerChanged(row.center_id, 'schedule')
  return toActivity((await findActivityRow(app.db, activityId))!)
}

export async function splitActivity(app: App, actor: Actor, activityId: string, body: ActivitySplit) {
  const row = await loadForChange(app, actor, activityId)
  const occurrence = await findOccurrence(app.db, body.fromOccurrenceId)
  if (!occurrence || occurrence.activity_id !== activityId) throw notFound('Occurrence of this activity')
  const current = activityFields(row)
  if (current.rrule === null) throw badRequest('not_recurring', 'Only a recurring activity can be split')
  const splitLocal = toLocal(occurrence.recurrence_local)
  const rules = splitRule(current, splitLocal)
  if (rules.instancesBefore === 0) return updateActivity(app, actor, activityId, body.changes)

  const startsLocal = body.changes.startsLocal ?? splitLocal
  const endsLocal = body.changes.endsLocal ?? addMinutes(startsLocal, minutesBetween(current.startsLocal, current.endsLocal))
  const next = validateActivity({
    ...current, rrule: rules.after, exdates: current.exdates.filter((d) => d >= splitLocal), ...body.changes, startsLocal, endsLocal,
  })
  assertTimesExist(row.time_zone, { startsLocal: body.changes.startsLocal, endsLocal: body.changes.endsLocal })
  const earlier = validateActivity({ ...current, rrule: rules.before, exdates: current.exdates.filter((d) => d < splitLocal) })
  await assertRoomInCenter(app.db, next.roomId, row.center_id)
  const now = app.clock()
  const planned = materialize(next, row.time_zone, now)
  const kept = materialize(earlier, row.time_zone, now)
  const old = await listActivityOccurrences(app.db, activityId)
  const newId = await reserving(app, holdsOf(next, planned.occurrences), old.map((o) => o.id), row.time_zone, async (trx) => {
    const moving = old.filter((o) => toLocal(o.recurrence_local) >= splitLocal).map((o) => o.id)
    const starts = await startsBeforeChange(trx, moving)
    await updateActivityRow(trx, activityId, earlier, kept.materializedUntil, now)
    const { id } = await insertActivity(trx, row.center_id, next, { createdBy: actor.id, splitFromId: activityId, materializedUntil: planned.materializedUntil })
    await insertOccurrences(trx, id, row.center_id, planned.occurrences)
    await moveParticipation(trx, moving, id)
    await retireOccurrences(trx, moving, now)
    await refreshOccurrenceReservations(trx, { activityId })
    await refreshOccurrenceReservations(trx, { activityId: id })
    await noticeDatesMoved(trx, starts, now)
    // Sign-ups left on dates the new series drops, or moved into a series created cancelled.
    if (row.status !== 'cancelled') {
      const fresh = (await listActivityOccurrences(trx, id)).map((o) => o.id)
      await noticeDatesCalledOff(trx, [...old.filter((o) => moving.includes(o.id) && o.status === 'scheduled').map((o) => o.id), ...fresh], now)
    }
    return id
  })
  app.realtime.centerChanged(row.center_id, 'schedule')
  return toActivity((await findActivityRow(app.db, newId))!)
}

export async function deleteActivity(app: App, actor: Actor, activityId: string) {
  const row = await loadForChange(app, actor, activityId)
  // Deleting would take residents' sign-ups and attendance with it; cancelling keeps the record.
  if (await activityHasParticipation(app.db, activityId))
    throw conflict('has_participation', 'Residents signed up for or attended this activity; cancel it instead of deleting it')
  await deleteActivityRow(app.db, activityId)
  app.realtime.centerChanged(row.center_id, 'schedule')
}

/** Moves, re-rooms or cancels one occurrence; the series leaves it alone from then on. */
export async function updateOccurrence(app: App, actor: Actor, occurrenceId: string, body: OccurrenceUpdate): Promise<Occurrence> {
  const o = await findOccurrence(app.db, occurrenceId)
  if (!o) throw notFound('Occurrence')
  await assertCenterAccess(app.db, actor, o.center_id, 'manage_activities')
  const tz = o.time_zone
  const curStart = instantToLocal(o.starts_at, tz)
  const curEnd = instantToLocal(o.ends_at, tz)
  const startsLocal = body.startsLocal ?? curStart
  const endsLocal = body.endsLocal ?? addMinutes(startsLocal, minutesBetween(curStart, curEnd))
  if (minutesBetween(startsLocal, endsLocal) <= 0) throw badRequest('invalid_time_range', 'endsLocal must be after startsLocal')
  if (body.startsLocal !== undefined || body.endsLocal !== undefined) assertTimesExist(tz, { startsLocal, endsLocal })
  const roomId = body.roomId === undefined ? o.room_id : body.roomId
  if (roomId === null && !o.location) throw badRequest('location_required', 'This activity has no off-site location; keep a room')
  await assertRoomInCenter(app.db, roomId, o.center_id)
  const status = body.status ?? o.status
  const startsAt = localToInstant(startsLocal, tz)
  const endsAt = localToInstant(endsLocal, tz)
  const holds = status === 'scheduled' && roomId && o.activity_status !== 'cancelled' ? [{ roomId, startsAt, endsAt }] : []
  await reserving(app, holds, [o.id], tz, async (trx) => {
    const starts = await startsBeforeChange(trx, [o.id])
    await updateOccurrenceRow(trx, o.id, { startsAt, endsAt, roomId, status, overridden: true }, app.clock())
    await refreshOccurrenceReservations(trx, { occurrenceIds: [o.id] })
    await noticeDatesMoved(trx, starts, app.clock())
    if (o.status !== 'cancelled' && o.activity_status !== 'cancelled') await noticeDatesCalledOff(trx, [o.id], app.clock())
  })
  app.realtime.centerChanged(o.center_id, 'schedule')
  return toOccurrence((await findOccurrence(app.db, o.id))!)
}
