import { localToInstant } from '@linli/schedule'
import type { ActivityCategory, BookingStatus, RoomKind, ServiceRequestCategory, ServiceRequestStatus } from '@linli/contracts'
import type { Database } from '../../src/db/database'
import { newRoom } from './factories'

/**
 * Row-level factories for report fixtures: they write history straight into the tables (past
 * occurrences, check-ins, finished bookings), as months of use would have left it. Times are
 * wall clocks in the center's zone.
 */
export function reportFactories(db: Database, centerId: string, timeZone: string) {
  const at = (local: string) => localToInstant(local, timeZone)

  async function activity(title: string, category: ActivityCategory, roomId: string | null, status: 'published' | 'draft' | 'cancelled' = 'published') {
    const row = await db.insertInto('activities').values({
      center_id: centerId, title, category, organiser_kind: 'center', organiser_name: '中心', room_id: roomId,
      location: roomId ? null : '中心广场', starts_local: '2026-01-01T09:00', ends_local: '2026-01-01T10:00', rrule: null, exdates: [],
      status, capacity: null, split_from_id: null, materialized_until: null, created_by: null,
    }).returning('id').executeTakeFirstOrThrow()
    return {
      id: row.id,
      /** One dated occurrence of this activity, `2026-10-09T09:00` to `11:00`. */
      occurrence: async (startsLocal: string, endsTime: string, status: 'scheduled' | 'cancelled' = 'scheduled') => {
        const o = await db.insertInto('occurrences').values({
          activity_id: row.id, center_id: centerId, room_id: roomId, recurrence_local: startsLocal, status,
          starts_at: at(startsLocal), ends_at: at(`${startsLocal.slice(0, 10)}T${endsTime}`),
        }).returning('id').executeTakeFirstOrThrow()
        return o.id
      },
    }
  }

  const checkIn = (occurrenceId: string, residentId: string) =>
    db.insertInto('check_ins').values({ occurrence_id: occurrenceId, center_id: centerId, resident_id: residentId, method: 'staff' }).execute()
  const walkIns = (occurrenceId: string, headcount: number) =>
    db.insertInto('check_ins').values({ occurrence_id: occurrenceId, center_id: centerId, resident_id: null, method: 'walk_in', headcount }).execute()

  // The center's 居民小组, made on first use as staff's free text once was.
  // Bookings are made concurrently, so the first call's promise is shared rather than its result.
  let organisation: Promise<string> | undefined
  const residentsGroup = () => (organisation ??= db.insertInto('organisations').values({ center_id: centerId, name: '居民小组' })
    .onConflict((c) => c.columns(['center_id', 'name']).where('center_id', 'is not', null).doUpdateSet({ name: '居民小组' }))
    .returning('id').executeTakeFirstOrThrow().then((row) => row.id))
  const booking = async (roomId: string, status: BookingStatus, startsLocal: string, endsLocal: string, late = false) =>
    db.insertInto('bookings').values({
      room_id: roomId, center_id: centerId, resident_id: null, booked_by_staff_id: null, walk_in_name: null, walk_in_phone: null,
      purpose: '议事', headcount: 5, organisation_id: await residentsGroup(), starts_at: at(startsLocal), ends_at: at(endsLocal), status,
      series_id: null, late_cancellation: late,
    }).execute()

  async function registration(occurrenceId: string, residentId: string, late: boolean) {
    const o = await db.selectFrom('occurrences').select('activity_id').where('id', '=', occurrenceId).executeTakeFirstOrThrow()
    await db.insertInto('registrations').values({
      occurrence_id: occurrenceId, activity_id: o.activity_id, center_id: centerId, resident_id: residentId, status: 'cancelled',
      source: 'resident', late_cancellation: late,
    }).execute()
  }

  async function group(name: string, members: [residentId: string, joinedLocal: string][]) {
    const g = await db.insertInto('resident_groups').values({ center_id: centerId, name }).returning('id').executeTakeFirstOrThrow()
    await db.insertInto('resident_group_members').values(members.map(([residentId, joined]) => ({ group_id: g.id, resident_id: residentId, joined_at: at(joined) }))).execute()
    return g.id
  }

  const serviceRequest = (receivedLocal: string, category: ServiceRequestCategory, status: ServiceRequestStatus, transferred = false) =>
    db.insertInto('service_requests').values({
      center_id: centerId, received_at: at(receivedLocal), category, description: '居民来访', status,
      department: transferred ? '街道城管科' : null, transferred_at: transferred ? at(receivedLocal) : null,
      closed_at: status === 'closed' || status === 'resolved_on_spot' ? at(receivedLocal) : null,
    }).execute()

  async function volunteerTeam(name: string) {
    const team = await db.insertInto('volunteer_teams').values({ center_id: centerId, name }).returning('id').executeTakeFirstOrThrow()
    return {
      member: async (residentId: string) => (await db.insertInto('volunteer_members').values({ team_id: team.id, center_id: centerId, resident_id: residentId })
        .returning('id').executeTakeFirstOrThrow()).id,
    }
  }
  const service = (memberId: string, servedLocal: string, minutes: number, points: number) =>
    db.insertInto('volunteer_service').values({ member_id: memberId, center_id: centerId, served_at: at(servedLocal), minutes, points }).execute()

  const room = async (name: string, kind: RoomKind, active = true) => {
    const r = await newRoom(db, centerId, { name, kind })
    if (!active) await db.updateTable('rooms').set({ active: false }).where('id', '=', r.id).execute()
    return r.id
  }

  return { activity, checkIn, walkIns, booking, registration, group, serviceRequest, volunteerTeam, service, room }
}
