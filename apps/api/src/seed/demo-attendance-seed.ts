import type { Insertable } from 'kysely'
import type { Database } from '../db/database'
import type { CheckInsTable, RegistrationsTable } from '../db/schema'
import { fnv1a } from './demo-people'

/** A deterministic 0..99 from a text (FNV-1a): the same occurrence and person always roll the same. */
export const roll = (text: string): number => fnv1a(text) % 100

export interface AttendanceScope {
  centerId: string
  residents: { id: string; phone: string; party: boolean; senior: boolean }[]
  now: Date
}

const DAY = 86_400_000
/** Walk-ins without accounts come in larger numbers to festivals, clinics and science days. */
const walkInsUpTo: Record<string, number> = { festival: 80, health: 40, science: 30, seniors: 20, children: 20, culture_sports: 40 }

/**
 * Check-ins for every occurrence that has started: party members come to party days and party
 * lectures (88 % each time), the seniors' group to seniors' events (70 %), anyone to the rest (20 %;
 * the daily chess and taiji 10 %), plus walk-ins. The sign-ups behind them where an activity takes
 * sign-ups, a few cancellations (two in five too late), and sign-ups for the next two weeks, never
 * beyond capacity (the database's trigger would refuse them).
 */
export async function seedAttendance(db: Database, s: AttendanceScope) {
  const occurrences = await db.selectFrom('occurrences as o').innerJoin('activities as a', 'a.id', 'o.activity_id')
    .select(['o.id', 'o.activity_id', 'o.starts_at', 'o.recurrence_local', 'a.title', 'a.category', 'a.audiences', 'a.rrule', 'a.capacity'])
    .where('o.center_id', '=', s.centerId).where('o.status', '=', 'scheduled').where('a.status', '=', 'published')
    .where('o.starts_at', '<', new Date(s.now.getTime() + 14 * DAY)).orderBy('o.starts_at').execute()
  const checkIns: Insertable<CheckInsTable>[] = []
  const registrations: Insertable<RegistrationsTable>[] = []
  for (const o of occurrences) {
    const key = `${o.title}|${o.recurrence_local}`
    const membersOnly = o.audiences.includes('party_members') && !o.audiences.includes('residents')
    const daily = o.rrule?.startsWith('FREQ=DAILY') ?? false
    const registration = (residentId: string, extra: Partial<Insertable<RegistrationsTable>>) => registrations.push({
      occurrence_id: o.id, activity_id: o.activity_id, center_id: s.centerId, resident_id: residentId, status: 'confirmed', source: 'resident',
      queued_at: new Date(o.starts_at.getTime() - 2 * DAY), ...extra,
    })
    let seats = o.capacity ?? Infinity
    if (o.starts_at >= s.now) {
      for (const r of s.residents) if (seats > 0 && roll(`${key}|${r.phone}|signup`) < 20 && seats--) registration(r.id, { queued_at: s.now })
      continue
    }
    for (const r of s.residents) {
      const chance = membersOnly ? (r.party ? 88 : 0) : o.category === 'seniors' ? (r.senior ? 70 : 5) : daily ? 10 : 20
      if (roll(`${key}|${r.phone}`) < chance && seats > 0) {
        checkIns.push({ occurrence_id: o.id, center_id: s.centerId, resident_id: r.id, method: roll(`${r.phone}|${key}`) < 60 ? 'qr' : 'staff', checked_in_at: new Date(o.starts_at.getTime() - 6 * 60_000) })
        if (o.capacity !== null && seats--) registration(r.id, {})
      } else if (o.capacity !== null && roll(`${key}|${r.phone}|cancel`) < 3) {
        registration(r.id, { status: 'cancelled', late_cancellation: roll(`${key}|${r.phone}|late`) < 40 })
      }
    }
    if (!membersOnly) {
      const upTo = daily ? 8 : (walkInsUpTo[o.category] ?? 10)
      checkIns.push({ occurrence_id: o.id, center_id: s.centerId, resident_id: null, method: 'walk_in', headcount: 1 + (roll(`${key}|walk-in`) % upTo), checked_in_at: new Date(o.starts_at.getTime() + 10 * 60_000) })
    }
  }
  for (let i = 0; i < checkIns.length; i += 1000) await db.insertInto('check_ins').values(checkIns.slice(i, i + 1000)).execute()
  for (let i = 0; i < registrations.length; i += 1000) await db.insertInto('registrations').values(registrations.slice(i, i + 1000)).execute()
}
