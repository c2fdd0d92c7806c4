import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { newCenter, newResident, newStaff, newWorld, signIn } from './factories'
import { reportFactories } from './report-world'

/**
 * The hand-computed world of the report tests (numbers worked out in test/reports.test.ts).
 *
 * Center A, Asia/Shanghai (UTC+8 all year, no DST), open Mon-Fri 09:00-17:00 and Sat 09:00-12:00,
 * closed Sundays. October 2026 starts on a Thursday: 22 weekdays and 5 Saturdays, so each room
 * is open 22 × 8 + 5 × 3 = 191 hours in October.
 * Rooms: 多功能厅 (multi_function), 会议室 (meeting_room), "=SUM(A1)活动室" (other; a name a
 * spreadsheet would run as a formula), and an inactive, unused 旧仓库 (not listed).
 * Center N, America/New_York, in the same subdistrict: one occurrence late on 31 October local
 * time, which is already 1 November in UTC.
 */
export async function newReportFixture(app: App, db: Database) {
  const w = await newWorld(app, db)
  const SH = 'Asia/Shanghai'
  const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' }))
  await db.updateTable('centers').set({ opening_hours: JSON.stringify([...hours, { weekday: 6, opens: '09:00', closes: '12:00' }]), time_zone: SH })
    .where('id', '=', w.centerA).execute()
  const f = reportFactories(db, w.centerA, SH)
  const hall = await f.room('多功能厅', 'multi_function')
  const meeting = await f.room('会议室', 'meeting_room')
  await f.room('=SUM(A1)活动室', 'other')
  await f.room('旧仓库', 'other', false)
  const [r1, r2, r3, r4, r5, r6, r7] = await Promise.all(['王秀英', '刘建国', '赵丽', '孙强', '周敏', '吴军', '郑芳'].map((n) => newResident(db, n)))
  const [p1, p2, p3, p4, p5, p6, p7] = [r1!.id, r2!.id, r3!.id, r4!.id, r5!.id, r6!.id, r7!.id]

  // Occurrences. Held: o1, o2 (lecture, hall), o4 (children, meeting room), o8 (culture_sports, off-site).
  const lecture = await f.activity('党课', 'lecture', hall)
  const o1 = await lecture.occurrence('2026-10-09T09:00', '11:00')
  const o2 = await lecture.occurrence('2026-10-16T09:00', '11:00')
  const o3 = await lecture.occurrence('2026-10-23T09:00', '11:00', 'cancelled')
  const children = await f.activity('四点半课堂', 'children', meeting)
  const o4 = await children.occurrence('2026-10-12T16:30', '18:00')
  // 07:30 on 1 November in Shanghai is 23:30 on 31 October in UTC: a November occurrence.
  const o5 = await children.occurrence('2026-11-01T07:30', '08:30')
  await (await f.activity('筹备会', 'meeting', meeting, 'draft')).occurrence('2026-10-14T10:00', '11:00')
  await (await f.activity('健康讲座', 'health', hall, 'cancelled')).occurrence('2026-10-20T14:00', '15:00')
  const taiji = await f.activity('太极拳', 'culture_sports', null)
  const o8 = await taiji.occurrence('2026-10-31T19:00', '20:00')
  const o9 = await taiji.occurrence('2026-09-30T20:00', '21:00')

  await f.checkIn(o1, p1); await f.checkIn(o1, p2); await f.walkIns(o1, 5)
  await f.checkIn(o2, p1); await f.checkIn(o2, p3); await f.walkIns(o2, 3)
  await f.checkIn(o4, p4); await f.walkIns(o4, 2)
  await f.checkIn(o5, p5)
  await f.checkIn(o8, p2); await f.walkIns(o8, 10)
  await f.checkIn(o9, p3)

  // Late cancellations of sign-ups: o1 (held) and o3 (cancelled later; still late); one in time.
  await f.registration(o1, p5, true)
  await f.registration(o3, p4, true)
  await f.registration(o2, p6, false)

  // Bookings.
  await f.booking(meeting, 'approved', '2026-10-13T14:00', '2026-10-13T16:00')
  await f.booking(meeting, 'checked_in', '2026-10-14T14:00', '2026-10-14T15:00')
  await f.booking(hall, 'completed', '2026-10-15T14:00', '2026-10-15T17:00')
  await f.booking(hall, 'no_show', '2026-10-19T10:00', '2026-10-19T11:00')
  await f.booking(meeting, 'cancelled', '2026-10-20T10:00', '2026-10-20T11:00', true)
  await f.booking(meeting, 'cancelled', '2026-10-21T10:00', '2026-10-21T11:00')
  await f.booking(hall, 'rejected', '2026-10-22T10:00', '2026-10-22T11:00')
  await f.booking(hall, 'requested', '2026-10-26T10:00', '2026-10-26T12:00')
  await f.booking(hall, 'expired', '2026-10-27T10:00', '2026-10-27T11:00')
  // Starts in September, ends in October: one hour of it falls in October.
  await f.booking(meeting, 'completed', '2026-09-30T23:00', '2026-10-01T01:00')
  await f.booking(meeting, 'approved', '2026-11-02T10:00', '2026-11-02T11:00')

  // 党员: r1, r3, r5, r7 members before November; r6 joins on 5 November.
  const partyMembers = await f.group('党员', [[p1, '2026-01-10T09:00'], [p3, '2026-03-01T09:00'], [p5, '2026-06-01T09:00'], [p7, '2026-10-10T09:00'], [p6, '2026-11-05T09:00']])

  // Service requests (民情).
  await f.serviceRequest('2026-10-01T00:30', 'employment', 'resolved_on_spot')
  await f.serviceRequest('2026-10-08T10:00', 'policy', 'registered')
  await f.serviceRequest('2026-10-09T10:00', 'legal_aid', 'resolved_on_spot')
  await f.serviceRequest('2026-10-10T10:00', 'policy', 'resolved_on_spot')
  await f.serviceRequest('2026-10-12T10:00', 'property', 'transferred', true)
  await f.serviceRequest('2026-10-13T10:00', 'property', 'closed', true)
  await f.serviceRequest('2026-10-14T10:00', 'environment', 'closed', true)
  await f.serviceRequest('2026-10-15T10:00', 'other', 'closed')
  await f.serviceRequest('2026-11-01T07:00', 'other', 'registered')

  // Volunteers: r1 serves in two teams, r2 in one.
  const team = await f.volunteerTeam('文艺志愿服务队')
  const team2 = await f.volunteerTeam('银龄志愿服务队')
  const m1 = await team.member(p1)
  const m2 = await team.member(p2)
  const m3 = await team2.member(p1)
  await f.service(m1, '2026-10-09T09:00', 90, 15)
  await f.service(m2, '2026-10-16T09:00', 60, 10)
  await f.service(m3, '2026-10-20T09:00', 30, 5)
  await f.service(m2, '2026-11-01T06:00', 120, 20)

  // Center N in New York: 20:00 on 31 October (EDT, UTC-4) is 00:00 on 1 November in UTC.
  const centerN = await newCenter(db, w.subA.id, '纽约华人社区中心')
  await db.updateTable('centers').set({ time_zone: 'America/New_York' }).where('id', '=', centerN).execute()
  const n = reportFactories(db, centerN, 'America/New_York')
  const halloween = await (await n.activity('万圣节游园', 'festival', null)).occurrence('2026-10-31T20:00', '21:00')
  await n.walkIns(halloween, 4)

  const staffN = await newStaff(db, 'center_staff', { centerId: centerN })
  return { ...w, hall, meeting, partyMembers, centerN, asStaffN: (await signIn(app, staffN.username)).cookie, residents: [p1, p2, p3, p4, p5, p6, p7] }
}
