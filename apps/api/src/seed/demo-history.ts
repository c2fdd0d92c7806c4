import { addDays, expandLocal, localDateOf } from '@linli/schedule'
import type { Database } from '../db/database'
import { insertActivity, insertOccurrences } from '../modules/activities/activities.repository'
import { materialize, validateActivity, withDefaults } from '../modules/activities/series'
import { findClashes, refreshOccurrenceReservations } from '../modules/reservations/reservations.repository'
import { demoActivities } from './demo-activities'

/** How many whole months before the current one the demo's history covers. */
export const HISTORY_MONTHS = 3

/** The first day of the history (the 1st, HISTORY_MONTHS months back) and of the current month. */
export function historyRange(now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone)
  const monthStart = `${today.slice(0, 8)}01`
  let [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - HISTORY_MONTHS]
  if (month < 1) [year, month] = [year - 1, month + 12]
  return { today, monthStart, from: `${year}-${String(month).padStart(2, '0')}-01` }
}

/**
 * The recurring demo activities as they ran in the months before this one: one closed series each
 * (UNTIL the last day of last month), as if the series running now had been split from them.
 */
export async function seedPastActivities(db: Database, center: { id: string; timeZone: string }, now: Date) {
  const rooms = await db.selectFrom('rooms').select(['id', 'name']).where('center_id', '=', center.id).execute()
  const { monthStart, from } = historyRange(now, center.timeZone)
  const until = `${addDays(monthStart, -1).replace(/-/g, '')}T235959`
  for (const seed of demoActivities.filter((s) => s.rrule && s.day === undefined && !s.status)) {
    const room = seed.rooms.map((n) => rooms.find((r) => r.name === n)).find(Boolean)
    if (!room && !seed.location) continue
    const rrule = `${seed.rrule};UNTIL=${until}`
    const first = expandLocal({ dtstart: `${from}T${seed.time[0]}`, rrule, limit: 1 })[0]
    if (!first) continue
    const fields = validateActivity(withDefaults({
      title: seed.title, description: seed.description ?? '', category: seed.category, audiences: seed.audiences,
      organiserKind: seed.organiser[0], organiserName: seed.organiser[1], roomId: room?.id ?? null, location: seed.location ?? null,
      startsLocal: first, endsLocal: `${first.slice(0, 10)}T${seed.time[1]}`, rrule, capacity: seed.capacity ?? null,
    }))
    const { occurrences } = materialize(fields, center.timeZone, now)
    const holds = occurrences.filter((o) => o.roomId).map((o) => ({ roomId: o.roomId!, startsAt: o.startsAt, endsAt: o.endsAt }))
    if ((await findClashes(db, holds)).length) continue
    const { id } = await insertActivity(db, center.id, fields, { createdBy: null, materializedUntil: null })
    await insertOccurrences(db, id, center.id, occurrences)
    await refreshOccurrenceReservations(db, { activityId: id })
  }
}
