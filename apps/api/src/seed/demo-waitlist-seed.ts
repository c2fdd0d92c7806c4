import { addDays, localDateOf } from '@linli/schedule'
import type { Database } from '../db/database'
import { insertActivity, insertOccurrences } from '../modules/activities/activities.repository'
import { materialize, validateActivity, withDefaults } from '../modules/activities/series'
import { insertRegistration } from '../modules/participation/registrations.repository'
import { findClashes, refreshOccurrenceReservations } from '../modules/reservations/reservations.repository'

/**
 * The waitlist story the start-up banner invites people to try: a two-seat class at the staff
 * logins' center, 刘建国 and 赵丽 in the seats, 王秀英 first in line. When 刘建国 cancels, the
 * seat is offered to 王秀英 and her phone's bell rings.
 */
export const demoWaitlist = {
  center: '凤凰台党群服务中心',
  title: '智能手机课（小班）',
  seated: ['13800000002', '13800000003'],
  waiting: '13800000001',
} as const

// Two days out first: far enough that a cancellation tried the next morning is still not late.
const dayOrder = [2, 3, 1]
const rooms = ['区域党校教室', '党员活动室']
const HOUR = 3_600_000

export async function seedDemoWaitlist(db: Database, now: Date) {
  const center = await db.selectFrom('centers').select(['id', 'time_zone']).where('name', '=', demoWaitlist.center).executeTakeFirst()
  if (!center) return
  const roomRows = await db.selectFrom('rooms').select(['id', 'name']).where('center_id', '=', center.id).where('name', 'in', rooms).execute()
  const roomIds = rooms.map((n) => roomRows.find((r) => r.name === n)?.id).filter((id) => id !== undefined)
  const today = localDateOf(now, center.time_zone)
  let occurrence: { id: string; activityId: string } | undefined
  // A free room on the first day that has one; beside the service hall's kiosks if none is free.
  for (const day of dayOrder) {
    for (const roomId of [...roomIds, null]) {
      occurrence = await tryClass(db, center, roomId, addDays(today, day), now)
      if (occurrence) break
    }
    if (occurrence) break
  }
  if (!occurrence) return
  const people = await db.selectFrom('residents').select(['id', 'phone'])
    .where('phone', 'in', [...demoWaitlist.seated, demoWaitlist.waiting]).execute()
  // Queue order is the time each asked: the two seats first, then 王秀英 an hour before the seed.
  const order = [...demoWaitlist.seated, demoWaitlist.waiting]
  for (const [i, phone] of order.entries()) {
    const resident = people.find((p) => p.phone === phone)
    if (!resident) continue
    await insertRegistration(db, {
      occurrenceId: occurrence.id, activityId: occurrence.activityId, centerId: center.id, residentId: resident.id,
      status: phone === demoWaitlist.waiting ? 'waitlisted' : 'confirmed', source: 'resident', staffId: null,
      now: new Date(now.getTime() - (order.length - i) * HOUR),
    })
  }
}

async function tryClass(db: Database, center: { id: string; time_zone: string }, roomId: string | null, date: string, now: Date) {
  const fields = validateActivity(withDefaults({
    title: demoWaitlist.title, description: '手把手教微信视频通话、扫码付款和防诈骗设置。每期只收 2 人，请带上自己的手机。',
    category: 'seniors', audiences: ['seniors'], organiserKind: 'center', organiserName: '中心社工',
    roomId, location: roomId ? null : '居民服务大厅自助终端旁', startsLocal: `${date}T10:00`, endsLocal: `${date}T11:30`,
    rrule: null, capacity: 2, status: 'published',
  }))
  const { occurrences, materializedUntil } = materialize(fields, center.time_zone, now)
  const holds = occurrences.filter((o) => o.roomId).map((o) => ({ roomId: o.roomId!, startsAt: o.startsAt, endsAt: o.endsAt }))
  if ((await findClashes(db, holds)).length) return undefined
  const { id } = await insertActivity(db, center.id, fields, { createdBy: null, materializedUntil })
  await insertOccurrences(db, id, center.id, occurrences)
  await refreshOccurrenceReservations(db, { activityId: id })
  const row = await db.selectFrom('occurrences').select('id').where('activity_id', '=', id).executeTakeFirstOrThrow()
  return { id: row.id, activityId: id }
}
