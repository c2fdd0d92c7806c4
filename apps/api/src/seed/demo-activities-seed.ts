import { addDays, expandLocal, localDateOf } from '@linli/schedule'
import type { Database } from '../db/database'
import { insertActivity, insertOccurrences } from '../modules/activities/activities.repository'
import { materialize, validateActivity, withDefaults } from '../modules/activities/series'
import { findClashes, refreshOccurrenceReservations } from '../modules/reservations/reservations.repository'
import { type ActivitySeed, demoActivities } from './demo-activities'

const untilAfter = (date: string, days: number) => `${addDays(date, days).replace(/-/g, '')}T235959`

/** Adds the demo activities to one center, moving a one-off by a day at a time if its room is taken. */
export async function seedCenterActivities(db: Database, center: { id: string; timeZone: string }, now: Date) {
  const rooms = await db.selectFrom('rooms').select(['id', 'name']).where('center_id', '=', center.id).execute()
  const today = localDateOf(now, center.timeZone)
  const monthStart = `${today.slice(0, 8)}01`
  for (const seed of demoActivities) {
    const room = seed.rooms.map((n) => rooms.find((r) => r.name === n)).find(Boolean)
    if (!room && !seed.location) continue
    for (let shift = 0; shift < 7; shift++) {
      if (await tryInsert(db, center, seed, room?.id ?? null, seed.day === undefined ? monthStart : addDays(today, seed.day + shift), now)) break
      if (seed.day === undefined) break
    }
  }
}

async function tryInsert(db: Database, center: { id: string; timeZone: string }, seed: ActivitySeed, roomId: string | null, date: string, now: Date) {
  const rrule = seed.rrule && seed.days ? `${seed.rrule};UNTIL=${untilAfter(date, seed.days)}` : (seed.rrule ?? null)
  // Start the series on its first real date, as an editor would.
  const first = rrule ? expandLocal({ dtstart: `${date}T${seed.time[0]}`, rrule, limit: 1 })[0] : `${date}T${seed.time[0]}`
  if (!first) return false
  const fields = validateActivity(withDefaults({
    title: seed.title, description: seed.description ?? '', category: seed.category, audiences: seed.audiences,
    organiserKind: seed.organiser[0], organiserName: seed.organiser[1], roomId, location: seed.location ?? null,
    startsLocal: first, endsLocal: `${first.slice(0, 10)}T${seed.time[1]}`, rrule, capacity: seed.capacity ?? null,
    status: seed.status ?? 'published',
  }))
  const { occurrences, materializedUntil } = materialize(fields, center.timeZone, now)
  const holds = occurrences.filter((o) => o.roomId).map((o) => ({ roomId: o.roomId!, startsAt: o.startsAt, endsAt: o.endsAt }))
  if ((await findClashes(db, holds)).length) return false
  const { id } = await insertActivity(db, center.id, fields, { createdBy: null, materializedUntil })
  await insertOccurrences(db, id, center.id, occurrences)
  await refreshOccurrenceReservations(db, { activityId: id })
  return true
}
