import { RESIDENT_COOKIE, type RoomKind, SESSION_COOKIE } from '@linli/contracts'
import { addDays, localDateOf, weekdayOf } from '@linli/schedule'
import type { Database } from '@linli/api/src/db/database'
import { createSession } from '@linli/api/src/modules/auth/sessions.repository'
import { insertStaff } from '@linli/api/src/modules/auth/staff.repository'
import { insertCenter } from '@linli/api/src/modules/centers/centers.repository'
import { insertRegion } from '@linli/api/src/modules/regions/regions.repository'
import { insertResident } from '@linli/api/src/modules/residents/residents.repository'
import { insertRoom } from '@linli/api/src/modules/rooms/rooms.repository'

export const TIME_ZONE = 'Asia/Shanghai'
/** Open every day 08:00-22:00, so any date works for bookings. */
const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' }))
const kinds: RoomKind[] = ['multi_function', 'meeting_room', 'party_activity', 'chess', 'seniors_home', 'youth_home']
const fiveYears = () => new Date(Date.now() + 5 * 365 * 86_400_000)
// Sessions and fixtures never sign in, so any stored hash will do; argon2 would only cost time.
const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1oYXNo$bm90LWEtcmVhbC1oYXNoLWF0LWFsbA'

export interface CenterWorld {
  centerId: string
  roomIds: string[]
  /** Cookie header of a center manager of this center. */
  staffCookie: string
}

/** A district, a subdistrict, one center with `rooms` resident-bookable rooms, and a signed-in manager. */
export async function newCenterWorld(db: Database, rooms: number, tag = 'bench'): Promise<CenterWorld> {
  const district = await insertRegion(db, { parentId: null, level: 'district', name: `${tag}区` })
  const sub = await insertRegion(db, { parentId: district.id, level: 'subdistrict', name: `${tag}街道` })
  const centerId = await insertCenter(db, {
    regionId: sub.id, name: `${tag}党群服务中心`, address: '郑州市金水区', areaM2: 3000, timeZone: TIME_ZONE, openingHours: everyDay,
  })
  const roomIds: string[] = []
  for (let i = 0; i < rooms; i++) {
    const room = await insertRoom(db, centerId, {
      name: `活动室 ${String(i + 1).padStart(2, '0')}`, kind: kinds[i % kinds.length]!, capacity: 40, floor: 1 + (i % 3), access: 'resident',
    })
    roomIds.push(room.id)
  }
  return { centerId, roomIds, staffCookie: await newManager(db, centerId, tag) }
}

/** A center manager with a live session; returns the Cookie header. */
export async function newManager(db: Database, centerId: string, tag = 'bench'): Promise<string> {
  const staff = await insertStaff(db, { username: `${tag}-manager`, displayName: '基准测试', passwordHash: NO_PASSWORD, role: 'center_manager', centerId })
  return `${SESSION_COOKIE}=${await createSession(db, { staffId: staff.id }, fiveYears())}`
}

/** `count` residents with live sessions; returns their Cookie headers. */
export async function newResidents(db: Database, count: number): Promise<{ id: string; name: string; phone: string; cookie: string }[]> {
  const one = async (i: number) => {
    const phone = `139${String(i).padStart(8, '0')}`
    const row = await insertResident(db, { name: `居民${i + 1}`, phone, passwordHash: NO_PASSWORD, organisationName: null })
    const token = await createSession(db, { residentId: row.id }, fiveYears())
    return { id: row.id, name: `居民${i + 1}`, phone, cookie: `${RESIDENT_COOKIE}=${token}` }
  }
  const out = []
  for (let i = 0; i < count; i += 10) out.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, k) => one(i + k)))))
  return out
}

/** Monday of next week in the center's zone: a full week ahead, whatever day the bench runs. */
export function nextMonday(now = new Date()): string {
  const today = localDateOf(now, TIME_ZONE)
  return addDays(today, 8 - weekdayOf(today))
}

export interface Http {
  (method: string, path: string, options?: { body?: unknown; cookie?: string; headers?: Record<string, string> }): Promise<{ status: number; json: unknown; text: string; headers: Headers }>
}

/** A tiny fetch wrapper for fixtures (not for load: autocannon does that). */
export const httpClient = (baseUrl: string): Http => async (method, path, options = {}) => {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.cookie && { cookie: options.cookie }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, json, text, headers: res.headers }
}

const titles = ['太极拳晨练', '老年大学书法班', '四点半课堂', '合唱团排练', '智能手机课', '亲子绘本', '健康讲座', '象棋比赛', '志愿者例会', '插花沙龙']

/**
 * A busy week through the API, as staff would enter it: in every room two daily series (morning
 * and afternoon, open-ended, so the database also holds a year of future occurrences) and one
 * one-off evening event. 20 rooms give 20 × (7 + 7 + 1) = 300 occurrences in the week.
 */
export async function addBusyWeek(http: Http, world: CenterWorld, monday: string) {
  const slots = [['09:00', '10:30'], ['14:00', '15:30']] as const
  let created = 0
  for (const [i, roomId] of world.roomIds.entries()) {
    const bodies = [
      ...slots.map(([from, to], k) => ({ startsLocal: `${monday}T${from}`, endsLocal: `${monday}T${to}`, rrule: 'FREQ=DAILY', title: titles[(i + k) % titles.length]! })),
      { startsLocal: `${addDays(monday, i % 7)}T19:00`, endsLocal: `${addDays(monday, i % 7)}T20:30`, rrule: null, title: `${titles[(i + 5) % titles.length]!}（特别场）` },
    ]
    for (const b of bodies) {
      const res = await http('POST', `/api/centers/${world.centerId}/activities`, {
        cookie: world.staffCookie,
        body: {
          ...b, description: '社区居民免费参加，请提前十分钟到场。', category: 'culture_sports', audiences: ['residents', 'seniors'],
          organiserKind: 'center', organiserName: '党群服务中心', roomId, location: null,
        },
      })
      if (res.status !== 201) throw new Error(`creating an activity failed: ${res.status} ${res.text}`)
      created++
    }
  }
  return created
}
