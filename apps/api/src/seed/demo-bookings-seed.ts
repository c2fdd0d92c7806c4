import { addDays, localDateOf, localToInstant, weekdayOf } from '@linli/schedule'
import { DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import type { Database } from '../db/database'
import { insertBooking, refreshBookingReservation, setStatus } from '../modules/bookings/bookings.repository'
import { findClashes } from '../modules/reservations/reservations.repository'
import { insertResident } from '../modules/residents/residents.repository'
import { addMembers, findServingCenterByName, insertOrganisation } from '../modules/organisations/organisations.repository'

/** Demo residents (same password as the staff logins) and a few pending and approved bookings. */
export const demoResidents = [
  { name: '王秀英', phone: '13800000001', organisationName: null },
  { name: '刘建国', phone: '13800000002', organisationName: '夕阳红合唱团' },
  { name: '赵丽', phone: '13800000003', organisationName: null },
] as const

// Each resident stays under the default limit of 2 upcoming bookings, so the demo logins can book.
const wishes = [
  { resident: 0, center: '凤凰台党群服务中心', room: '益智棋类室', time: ['14:00', '16:00'], day: 1, purpose: '象棋友谊赛', headcount: 10, status: 'approved' },
  { resident: 0, center: '凤凰台党群服务中心', room: '两代表一委员工作室', time: ['09:30', '10:30'], day: 3, purpose: '反映小区停车问题', headcount: 4, status: 'requested' },
  { resident: 1, center: '凤凰台党群服务中心', room: '多功能厅', time: ['14:00', '16:00'], day: 2, purpose: '合唱团排练', headcount: 40, status: 'requested', publish: true },
  { resident: 2, center: '体育公园党群服务中心', room: '会议室', time: ['10:00', '11:30'], day: 1, purpose: '楼栋议事会', headcount: 12, status: 'approved' },
  { resident: 2, center: '经八路街道党群服务中心', room: '多功能活动室', time: ['14:00', '16:00'], day: 2, purpose: '广场舞队排练', headcount: 30, status: 'requested' },
] as const

export async function seedDemoBookings(db: Database, passwordHash: string, now: Date) {
  const residents = []
  for (const r of demoResidents) residents.push(await insertResident(db, { ...r, passwordHash }))
  const rooms = await db.selectFrom('rooms as r').innerJoin('centers as c', 'c.id', 'r.center_id')
    .select(['r.id', 'r.name', 'r.center_id', 'c.time_zone', 'c.name as center_name']).where('r.access', '=', 'resident').execute()
  for (const w of wishes) {
    for (const room of rooms.filter((r) => r.name === w.room && r.center_name === w.center)) {
      // The next open day (not Sunday) at least `day` days ahead.
      let date = addDays(localDateOf(now, room.time_zone), w.day)
      if (weekdayOf(date) === 7) date = addDays(date, 1)
      const startsAt = localToInstant(`${date}T${w.time[0]}`, room.time_zone)
      const endsAt = localToInstant(`${date}T${w.time[1]}`, room.time_zone)
      const buffered = new Date(endsAt.getTime() + DEFAULT_BOOKING_POLICY.bufferMinutes * 60_000)
      if ((await findClashes(db, [{ roomId: room.id, startsAt, endsAt: buffered }])).length) continue
      const resident = residents[w.resident]!
      const organisationId = resident.organisation_name ? await demoOrganisation(db, room.center_id, resident.id, resident.organisation_name) : null
      const { id } = await insertBooking(db, {
        roomId: room.id, centerId: room.center_id, residentId: resident.id, bookedByStaffId: null, purpose: w.purpose,
        headcount: w.headcount, organisationId, publishOrganisation: 'publish' in w,
        startsAt, endsAt, status: w.status, seriesId: null,
      })
      await setStatus(db, id, null, w.status, { kind: 'resident', id: resident.id }, now)
      await refreshBookingReservation(db, id, DEFAULT_BOOKING_POLICY.bufferMinutes)
    }
  }
}

/** The center's organisation a demo resident acts for (夕阳红合唱团), with them as a member and its name public. */
async function demoOrganisation(db: Database, centerId: string, residentId: string, name: string) {
  const org = (await findServingCenterByName(db, centerId, [], name))
    ?? await insertOrganisation(db, { centerId, regionId: null, name, contactName: null, contactPhone: null, publishName: true, weeklyQuota: null })
  await addMembers(db, org.id, [residentId])
  return org.id
}
