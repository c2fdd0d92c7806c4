import { addDays, localToInstant, weekdayOf } from '@linli/schedule'
import { sql } from 'kysely'
import type { Audience, BookingStatus, OpeningHours, ServiceRequestCategory } from '@linli/contracts'
import type { Database } from '../db/database'
import { seedAttendance } from './demo-attendance-seed'
import { historyRange, seedPastActivities } from './demo-history'
import { demoPeople, pick, seededRandom, volunteerAlias } from './demo-people'

/**
 * A few months of life in every demo center, so the reports and dashboards have real figures on
 * `npm start`: past activities with check-ins and walk-ins, sign-ups, target groups (党员, 银龄),
 * two volunteer teams and their service, about a hundred 民情 service requests, and past bookings.
 * Deterministic (seeded randomness, hashes of names and dates) and written in bulk.
 */
export async function seedDemoParticipation(db: Database, passwordHash: string, now: Date) {
  const centers = await db.selectFrom('centers').select(['id', 'name', 'time_zone', 'opening_hours']).orderBy('name').execute()
  for (const [index, center] of centers.entries()) {
    const people = demoPeople(index)
    const residents = await db.insertInto('residents').values(people.map((p) => ({ ...p, password_hash: passwordHash, organisation_name: null })))
      .returning(['id', 'name']).execute()
    const ids = residents.map((r) => r.id)
    const { from } = historyRange(now, center.time_zone)
    const since = localToInstant(`${from}T00:00`, center.time_zone)
    const group = async (name: string, description: string, members: string[], audience: Audience) => {
      const g = await db.insertInto('resident_groups').values({ center_id: center.id, name, description, audience }).returning('id').executeTakeFirstOrThrow()
      await db.insertInto('resident_group_members').values(members.map((residentId) => ({ group_id: g.id, resident_id: residentId, joined_at: since }))).execute()
    }
    const party = ids.slice(0, 15)
    const seniors = ids.slice(12, 32)
    // Tagged with their audience, so the district report's participation rate of 党员 and 老年人 has a denominator.
    await group('党员', '在社区报到的党员，主题党日和党课的参与率按此统计', party, 'party_members')
    await group('银龄', '60 岁以上的常来居民', seniors, 'seniors')
    await seedPastActivities(db, { id: center.id, timeZone: center.time_zone }, now)
    const pool = people.map((p, i) => ({ id: ids[i]!, phone: p.phone, party: party.includes(ids[i]!), senior: seniors.includes(ids[i]!) }))
    await seedAttendance(db, { centerId: center.id, residents: pool, now })
    const random = seededRandom(center.name)
    const days: string[] = []
    for (let d = from; localToInstant(`${d}T00:00`, center.time_zone) < now; d = addDays(d, 1)) days.push(d)
    await seedVolunteers(db, center, residents, days, random, now)
    await seedServiceRequests(db, center, days, random, now)
    await seedPastBookings(db, center, ids, days, random, now)
  }
}

type Center = { id: string; time_zone: string; opening_hours: OpeningHours }

async function seedVolunteers(db: Database, center: Center, residents: { id: string; name: string }[], days: string[], random: () => number, now: Date) {
  for (const [t, name] of ['文艺志愿服务队', '银龄志愿服务队'].entries()) {
    const team = await db.insertInto('volunteer_teams').values({ center_id: center.id, name, description: t ? '陪伴独居老人、助餐、棋艺交流' : '排练演出、节日活动' })
      .returning('id').executeTakeFirstOrThrow()
    const crew = residents.slice(4 + t * 8, 14 + t * 8)
    const members = await db.insertInto('volunteer_members').values(crew.map((r, i) => ({
      team_id: team.id, center_id: center.id, resident_id: r.id,
      public_alias: i % 3 === 2 ? null : volunteerAlias(r.name, i), leaderboard_consent: i % 3 === 0, joined_at: new Date(`${days[0]}T01:00:00Z`),
    }))).returning('id').execute()
    const service = days.flatMap((day) => members.filter(() => random() < 0.12).map((m) => {
      const minutes = pick(random, [[60, 3], [90, 2], [120, 3], [180, 1]])
      return { member_id: m.id, center_id: center.id, served_at: localToInstant(`${day}T09:00`, center.time_zone), minutes, points: Math.round(minutes / 6), note: t ? '助老服务' : '活动保障' }
    })).filter((s) => s.served_at < now)
    if (service.length) await db.insertInto('volunteer_service').values(service).execute()
  }
}

const serviceTopics: [ServiceRequestCategory, string, number][] = [
  ['social_security', '咨询社保卡补办和医保报销流程', 5], ['policy', '咨询老旧小区改造政策', 4], ['property', '楼道灯损坏，物业迟迟未修', 4],
  ['environment', '小区垃圾清运不及时', 3], ['elderly_care', '申请居家养老助餐服务', 3], ['legal_aid', '劳动合同纠纷，想咨询律师', 2],
  ['family_mediation', '邻里漏水纠纷需要调解', 2], ['employment', '咨询灵活就业社保补贴', 2], ['other', '反映路口停车难', 1],
]

/** About 100 per center, mixed as the districts report them: half resolved on the spot, a quarter transferred (most then closed). */
async function seedServiceRequests(db: Database, center: Center, days: string[], random: () => number, now: Date) {
  const perDay = 100 / days.length
  const rows = days.flatMap((day) => Array.from({ length: Math.floor(perDay + random()) }, () => {
    const [category, description] = pick(random, serviceTopics.map(([c, d, w]) => [[c, d] as const, w]))
    const receivedAt = localToInstant(`${day}T${String(9 + Math.floor(random() * 8)).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}`, center.time_zone)
    const fate = pick<'spot' | 'transfer' | 'registered'>(random, [['spot', 52], ['transfer', 25], ['registered', 23]])
    const later = (hours: number) => new Date(receivedAt.getTime() + hours * 3_600_000)
    const base = { center_id: center.id, received_at: receivedAt, category, description, visitor_name: null, visitor_phone: null }
    if (fate === 'spot') return { ...base, status: 'resolved_on_spot' as const, closed_at: receivedAt, resolution: '窗口当场办结' }
    if (fate === 'registered') return { ...base, status: 'registered' as const }
    const closed = later(72) < now && random() < 0.95
    return { ...base, status: closed ? 'closed' as const : 'transferred' as const, department: '街道综合服务中心', transferred_at: later(2), closed_at: closed ? later(72) : null, resolution: closed ? '已转办并回访，居民满意' : '' }
  })).filter((r) => r.received_at < now)
  if (rows.length) await db.insertInto('service_requests').values(rows).execute()
}

/** Past bookings of the residents' rooms, where no activity held them; then finished as bookings finish. */
async function seedPastBookings(db: Database, center: Center, residentIds: string[], days: string[], random: () => number, now: Date) {
  const rooms = await db.selectFrom('rooms').select('id').where('center_id', '=', center.id).where('access', '=', 'resident').orderBy('name').execute()
  const rows = days.flatMap((day) => {
    const hours = center.opening_hours.find((h) => h.weekday === weekdayOf(day))
    if (!hours) return []
    const slots = [['10:00', '11:30'], ['14:00', '16:00'], ['19:00', '20:30']].filter(([a, b]) => a! >= hours.opens && b! <= hours.closes)
    return rooms.filter(() => random() < 0.3 && slots.length).map((room) => {
      const [a, b] = slots[Math.floor(random() * slots.length)]!
      const status = pick<BookingStatus>(random, [['completed', 70], ['no_show', 6], ['cancelled', 12], ['rejected', 4], ['expired', 3]])
      return {
        room_id: room.id, center_id: center.id, resident_id: residentIds[Math.floor(random() * residentIds.length)]!, purpose: pick(random, [['楼栋议事会', 2], ['合唱排练', 2], ['读书分享会', 1], ['象棋友谊赛', 1]]),
        headcount: 4 + Math.floor(random() * 12), starts_at: localToInstant(`${day}T${a}`, center.time_zone), ends_at: localToInstant(`${day}T${b}`, center.time_zone),
        status, late_cancellation: status === 'cancelled' && random() < 0.35, checked_in_at: status === 'completed' ? localToInstant(`${day}T${a}`, center.time_zone) : null,
      }
    })
  }).filter((b) => b.ends_at < now)
  if (!rows.length) return
  const ids = (await db.insertInto('bookings').values(rows).returning('id').execute()).map((b) => b.id)
  // An activity had the room then: that booking never happened.
  await db.deleteFrom('bookings').where('id', 'in', ids)
    .where(sql<boolean>`exists (select 1 from room_reservations rr where rr.room_id = bookings.room_id and rr.during && tstzrange(bookings.starts_at, bookings.ends_at))`)
    .execute()
}
