import { createECDH } from 'node:crypto'
import { RESIDENT_COOKIE, SESSION_COOKIE } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { createSession } from '../../src/modules/auth/sessions.repository'
import { completePairing, startPairing } from '../../src/modules/screens/screens.repository'
import type { Side, World } from './matrix-sides'
import { closureDate } from './closure-fixtures'
import { centersCsv, roomsCsv } from './import-fixtures'

/** A well-formed request for every OpenAPI operation, with real ids, and who may make it: shared by the access matrix and the fuzz. */
export const ROLES = ['anon', 'resident', 'screen', 'staff', 'manager', 'admin'] as const
export type Role = (typeof ROLES)[number]
const ALL = [...ROLES]
const STAFF: Role[] = ['staff', 'manager', 'admin']
const MANAGERS: Role[] = ['manager', 'admin']
/** `headers` (the fuzz only): a caller of the request's own, such as a fresh resident deleting their account, in place of the identity's. */
export type Req = { method: string; url: string; payload?: object; headers?: Record<string, string> }
export interface Rule { req: (s: Side) => Promise<Req> | Req; own: Role[]; foreign?: Role[] }
export const get = (url: string): Req => ({ method: 'GET', url })
export const body = (method: string, url: string, payload: object = {}): Req => ({ method, url, payload })
const roomBody = { name: '新房间', kind: 'meeting_room', capacity: 10, floor: 1, access: 'resident' }
const activityBody = { title: '党课', category: 'lecture', organiserKind: 'center', organiserName: '中心', roomId: null, location: '广场', startsLocal: '2026-12-02T10:00', endsLocal: '2026-12-02T11:00' }
const iso = (d: string) => `${d}T00:00:00Z`
const browserKey = createECDH('prime256v1')
browserKey.generateKeys()
/** A browser's PushSubscription.toJSON(), on an endpoint of its own. */
const pushSubscription = () => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/${Math.random().toString(36).slice(2)}`,
  keys: { p256dh: browserKey.getPublicKey('base64url'), auth: 'AAAAAAAAAAAAAAAAAAAAAA' },
})

/** Who may call each operation on their own center's things (own) and on another district's (foreign). */
export const matrix: Record<string, Rule> = {
  'GET /healthz': { req: () => get('/healthz'), own: ALL, foreign: ALL },
  'GET /readyz': { req: () => get('/readyz'), own: ALL, foreign: ALL },
  // A fresh unknown name each time: the sign-in throttle holds a name after a few failures from one address.
  'POST /api/auth/login': { req: () => body('POST', '/api/auth/login', { username: `nobody-${Math.random().toString(36).slice(2, 10)}`, password: 'x' }), own: [], foreign: [] },
  'GET /api/auth/first-run': { req: () => get('/api/auth/first-run'), own: ALL, foreign: ALL },
  'POST /api/auth/logout': { req: () => body('POST', '/api/auth/logout'), own: ALL, foreign: ALL },
  'GET /api/auth/me': { req: () => get('/api/auth/me'), own: STAFF, foreign: STAFF },
  'POST /api/auth/logout-everywhere': { req: () => body('POST', '/api/auth/logout-everywhere'), own: STAFF, foreign: STAFF },
  'POST /api/auth/password': { req: () => body('POST', '/api/auth/password', { currentPassword: 'wrong', newPassword: 'Another-pass-2026' }), own: STAFF, foreign: STAFF },
  'GET /api/regions': { req: () => get('/api/regions'), own: ALL, foreign: ALL },
  'POST /api/regions': { req: (s) => body('POST', '/api/regions', { parentId: s.regionId, level: 'community', name: `社区${Math.random()}` }), own: ['admin'] },
  'PATCH /api/regions/{id}': { req: (s) => body('PATCH', `/api/regions/${s.regionId}`, { name: `街道${Math.random()}` }), own: ['admin'] },
  'GET /api/centers': { req: () => get('/api/centers'), own: ALL, foreign: ALL },
  'POST /api/centers': { req: (s) => body('POST', '/api/centers', { regionId: s.regionId, name: `中心${Math.random()}`, address: '郑州', areaM2: 1000 }), own: ['admin'] },
  'GET /api/centers/{id}': { req: (s) => get(`/api/centers/${s.centerId}`), own: ALL, foreign: ALL },
  'PATCH /api/centers/{id}': { req: (s) => body('PATCH', `/api/centers/${s.centerId}`, { areaM2: 1234 }), own: MANAGERS },
  'DELETE /api/centers/{id}': { req: async (s) => body('DELETE', `/api/centers/${await s.emptyCenter()}`), own: ['admin'] },
  'GET /api/centers/{id}/rooms': { req: (s) => get(`/api/centers/${s.centerId}/rooms`), own: ALL, foreign: ALL },
  'GET /api/centers/{id}/rooms/export': { req: (s) => get(`/api/centers/${s.centerId}/rooms/export?format=csv&includeInactive=true`), own: STAFF },
  'POST /api/centers/{id}/rooms': { req: (s) => body('POST', `/api/centers/${s.centerId}/rooms`, { ...roomBody, name: `房${Math.random()}` }), own: STAFF },
  'GET /api/rooms/{id}': { req: async (s) => get(`/api/rooms/${await s.room()}`), own: ALL, foreign: ALL },
  'PATCH /api/rooms/{id}': { req: async (s) => body('PATCH', `/api/rooms/${await s.room()}`, { capacity: 12 }), own: STAFF },
  'DELETE /api/rooms/{id}': { req: async (s) => body('DELETE', `/api/rooms/${await s.room()}`), own: STAFF },
  'PUT /api/rooms/{id}/hours': { req: async (s) => body('PUT', `/api/rooms/${await s.room()}/hours`, { weekly: null, exceptions: [{ date: '2027-01-04', intervals: [{ opens: '10:00', closes: '12:00' }] }] }), own: STAFF },
  'GET /api/centers/{id}/occurrences': { req: (s) => get(`/api/centers/${s.centerId}/occurrences`), own: STAFF },
  'POST /api/centers/{id}/activities': { req: (s) => body('POST', `/api/centers/${s.centerId}/activities`, activityBody), own: STAFF },
  'POST /api/centers/{id}/activities/check': { req: (s) => body('POST', `/api/centers/${s.centerId}/activities/check`, activityBody), own: STAFF },
  'GET /api/activities/{id}': { req: async (s) => get(`/api/activities/${(await s.activity()).id}`), own: STAFF },
  'PATCH /api/activities/{id}': { req: async (s) => body('PATCH', `/api/activities/${(await s.activity()).id}`, { title: '改' }), own: STAFF },
  'DELETE /api/activities/{id}': { req: async (s) => body('DELETE', `/api/activities/${(await s.activity()).id}`), own: STAFF },
  'POST /api/activities/{id}/split': { req: async (s) => { const a = await s.activity(); return body('POST', `/api/activities/${a.id}/split`, { fromOccurrenceId: a.occurrences[1], changes: { title: '新' } }) }, own: STAFF },
  'PATCH /api/occurrences/{id}': { req: async (s) => body('PATCH', `/api/occurrences/${(await s.activity()).occurrences[0]}`, { status: 'cancelled' }), own: STAFF },
  'GET /api/centers/{id}/schedule': { req: (s) => get(`/api/centers/${s.centerId}/schedule`), own: ALL, foreign: ALL },
  'GET /api/centers/{id}/calendar.ics': { req: (s) => get(`/api/centers/${s.centerId}/calendar.ics`), own: ALL, foreign: ALL },
  'POST /api/recurrence/preview': { req: () => body('POST', '/api/recurrence/preview', { dtstart: '2026-12-11T09:00', timezone: 'Asia/Shanghai', rrule: 'FREQ=MONTHLY;BYDAY=2FR', limit: 2 }), own: ALL, foreign: ALL },
  'POST /api/residents/login': { req: () => body('POST', '/api/residents/login', { phone: `130${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, password: 'x' }), own: [], foreign: [] },
  'POST /api/residents/logout': { req: () => body('POST', '/api/residents/logout'), own: ALL, foreign: ALL },
  'GET /api/residents/me': { req: () => get('/api/residents/me'), own: ['resident'], foreign: ['resident'] },
  'PATCH /api/residents/me': { req: () => body('PATCH', '/api/residents/me', { language: 'zh-CN' }), own: ['resident'], foreign: ['resident'] },
  // Refused on purpose (a wrong current password, a wrong code, a wrong confirmation): the matrix's resident must stay who they are.
  'POST /api/residents/me/password': { req: () => body('POST', '/api/residents/me/password', { currentPassword: 'wrong', newPassword: 'long-enough-2' }), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/phone': { req: async (s) => body('POST', '/api/residents/me/phone', { phone: (await s.phoneCode('change_phone', false)).phone, code: '000000' }), own: ['resident'], foreign: ['resident'] },
  'GET /api/residents/me/export': { req: () => get('/api/residents/me/export'), own: ['resident'], foreign: ['resident'] },
  'DELETE /api/residents/me': { req: () => body('DELETE', '/api/residents/me', { confirm: '不注销' }), own: ['resident'], foreign: ['resident'] },
  // Phone codes: anyone may ask (a fresh number each time, as the per-number limit would refuse a second) and use one.
  'POST /api/residents/phone-codes': { req: () => body('POST', '/api/residents/phone-codes', { phone: `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, purpose: 'sign_in' }), own: ALL, foreign: ALL },
  'POST /api/residents/sign-up-with-code': { req: async (s) => body('POST', '/api/residents/sign-up-with-code', { ...(await s.phoneCode('sign_up', false)), name: '新居民' }), own: ALL, foreign: ALL },
  'POST /api/residents/sign-in-with-code': { req: async (s) => body('POST', '/api/residents/sign-in-with-code', await s.phoneCode('sign_in', true)), own: ALL, foreign: ALL },
  'POST /api/residents/reset-password': { req: async (s) => body('POST', '/api/residents/reset-password', { ...(await s.phoneCode('reset_password', true)), newPassword: 'long-enough-2' }), own: ALL, foreign: ALL },
  'GET /api/rooms/{id}/availability': { req: async (s) => get(`/api/rooms/${await s.room()}/availability?date=2026-11-23`), own: ALL, foreign: ALL },
  'GET /api/rooms/{id}/booking-quota': { req: async (s) => get(`/api/rooms/${await s.room()}/booking-quota`), own: ['resident'], foreign: ['resident'] },
  'POST /api/rooms/{id}/bookings': { req: async (s) => body('POST', `/api/rooms/${await s.room()}/bookings`, { startsLocal: '2026-11-21T10:00', endsLocal: '2026-11-21T10:30', purpose: '读书', headcount: 2 }), own: ['resident'], foreign: ['resident'] },
  'POST /api/rooms/{id}/staff-bookings': { req: async (s) => body('POST', `/api/rooms/${await s.room()}/staff-bookings`, { startsLocal: '2026-11-21T12:00', endsLocal: '2026-11-21T12:30', purpose: '读书', headcount: 2, organisationName: '书友会' }), own: STAFF },
  'POST /api/rooms/{id}/booking-series': { req: async (s) => body('POST', `/api/rooms/${await s.room()}/booking-series`, { startsLocal: '2026-11-21T14:00', endsLocal: '2026-11-21T14:30', purpose: '排练', headcount: 2, organisationName: '合唱团', weeks: 2 }), own: STAFF },
  'GET /api/residents/me/bookings': { req: () => get('/api/residents/me/bookings'), own: ['resident'], foreign: ['resident'] },
  'GET /api/bookings/{id}': { req: async (s) => get(`/api/bookings/${await s.requested()}`), own: ['resident', ...STAFF] },
  'GET /api/bookings/{id}/calendar.ics': { req: async (s) => get(`/api/bookings/${await s.requested()}/calendar.ics`), own: ['resident', ...STAFF] },
  'POST /api/bookings/{id}/cancel': { req: async (s) => body('POST', `/api/bookings/${await s.requested()}/cancel`), own: ['resident', ...STAFF] },
  'POST /api/bookings/decisions': { req: async (s) => body('POST', '/api/bookings/decisions', { ids: [await s.requested()], decision: 'approve' }), own: STAFF },
  'POST /api/bookings/{id}/check-in': { req: async (s) => body('POST', `/api/bookings/${await s.booking()}/check-in`), own: STAFF },
  'POST /api/rooms/{id}/check-in': { req: async (s) => body('POST', `/api/rooms/${await s.room()}/check-in`), own: ['resident'], foreign: ['resident'] },
  'GET /api/centers/{id}/bookings': { req: (s) => get(`/api/centers/${s.centerId}/bookings`), own: STAFF },
  'GET /api/centers/{id}/bookings/export': { req: (s) => get(`/api/centers/${s.centerId}/bookings/export?format=csv`), own: STAFF },
  'GET /api/residents/{id}/bookings': { req: (s) => get(`/api/residents/${s.resident}/bookings`), own: STAFF, foreign: STAFF },
  'GET /api/rooms/{id}/booking-policy': { req: async (s) => get(`/api/rooms/${await s.room()}/booking-policy`), own: ALL, foreign: ALL },
  'PATCH /api/rooms/{id}/booking-policy': { req: async (s) => body('PATCH', `/api/rooms/${await s.room()}/booking-policy`, { slotMinutes: 60 }), own: MANAGERS },
  'GET /api/rooms/{id}/booking-policy/overrides': { req: async (s) => get(`/api/rooms/${await s.room()}/booking-policy/overrides`), own: STAFF },
  'GET /api/centers/{id}/booking-policy': { req: (s) => get(`/api/centers/${s.centerId}/booking-policy`), own: STAFF },
  'PATCH /api/centers/{id}/booking-policy': { req: (s) => body('PATCH', `/api/centers/${s.centerId}/booking-policy`, { weeklyQuota: 4 }), own: MANAGERS },
  'GET /api/centers/{id}/room-kinds/{kind}/booking-policy': { req: (s) => get(`/api/centers/${s.centerId}/room-kinds/gym/booking-policy`), own: STAFF },
  // People counts in open-access rooms (module occupancy): anyone reads them; staff and the center's paired screens report them.
  'GET /api/centers/{id}/occupancy': { req: (s) => get(`/api/centers/${s.centerId}/occupancy`), own: ALL, foreign: ALL },
  'POST /api/rooms/{id}/occupancy': { req: async (s) => body('POST', `/api/rooms/${await s.openRoom()}/occupancy`, { count: 3 }), own: STAFF },
  'POST /api/screens/me/occupancy': { req: async (s) => body('POST', '/api/screens/me/occupancy', { roomId: await s.openRoom(), count: 3 }), own: ['screen'] },
  'PUT /api/centers/{id}/room-kinds/{kind}/booking-policy': { req: (s) => body('PUT', `/api/centers/${s.centerId}/room-kinds/gym/booking-policy`, { slotMinutes: 60 }), own: MANAGERS },
  'POST /api/screens/pairings': { req: () => body('POST', '/api/screens/pairings'), own: ALL, foreign: ALL },
  'POST /api/screens/pairings/{id}/poll': { req: () => body('POST', '/api/screens/pairings/00000000-0000-4000-8000-000000000000/poll', { secret: 'not-the-secret' }), own: [], foreign: [] },
  'POST /api/centers/{id}/screens': { req: (s) => body('POST', `/api/centers/${s.centerId}/screens`, { code: 'ZZZZZZ', name: '屏', layout: 'lobby', language: 'zh-CN' }), own: MANAGERS },
  'GET /api/centers/{id}/screens': { req: (s) => get(`/api/centers/${s.centerId}/screens`), own: STAFF },
  'PATCH /api/screens/{id}': { req: async (s) => body('PATCH', `/api/screens/${await s.screen()}`, { name: '改名' }), own: MANAGERS },
  'DELETE /api/screens/{id}': { req: async (s) => body('DELETE', `/api/screens/${await s.screen()}`), own: MANAGERS },
  'POST /api/screens/{id}/reload': { req: async (s) => body('POST', `/api/screens/${await s.screen()}/reload`), own: MANAGERS },
  'POST /api/screens/{id}/identify': { req: async (s) => body('POST', `/api/screens/${await s.screen()}/identify`), own: MANAGERS },
  'GET /api/screens/me': { req: () => get('/api/screens/me'), own: ['screen'], foreign: ['screen'] },
  'GET /api/screens/me/check-in-tokens': { req: () => get('/api/screens/me/check-in-tokens'), own: ['screen'], foreign: ['screen'] },
  'POST /api/centers/{id}/booking-code-check-ins': { req: (s) => body('POST', `/api/centers/${s.centerId}/booking-code-check-ins`, { code: '00000000' }), own: STAFF },
  'GET /api/centers/{id}/board': { req: (s) => get(`/api/centers/${s.centerId}/board`), own: ALL, foreign: ALL },
  'GET /api/centers/{id}/announcements': { req: (s) => get(`/api/centers/${s.centerId}/announcements`), own: STAFF },
  'POST /api/announcements': { req: (s) => body('POST', '/api/announcements', { text: '通知', centerId: s.centerId, startsAt: iso('2026-11-20'), endsAt: iso('2026-11-25'), priority: 'normal' }), own: MANAGERS },
  'DELETE /api/announcements/{id}': { req: async (s) => body('DELETE', `/api/announcements/${await s.announcement()}`), own: MANAGERS },
  'POST /api/emergencies': { req: (s) => body('POST', '/api/emergencies', { title: '演练', message: '演练', centerId: s.centerId, endsAt: iso('2026-11-21') }), own: MANAGERS },
  'POST /api/emergencies/{id}/clear': { req: async (s) => body('POST', `/api/emergencies/${await s.emergency()}/clear`), own: MANAGERS },
  'GET /api/staff': { req: () => get('/api/staff'), own: MANAGERS, foreign: MANAGERS },
  'POST /api/staff': { req: (s) => body('POST', '/api/staff', { username: `u${String(Math.random()).slice(2, 10)}`, displayName: '新人', role: 'center_staff', centerId: s.centerId, password: 'Strong-pass-2026' }), own: MANAGERS },
  'PATCH /api/staff/{id}': { req: async (s) => body('PATCH', `/api/staff/${await s.member()}`, { displayName: '改名' }), own: MANAGERS },
  'POST /api/staff/{id}/password': { req: async (s) => body('POST', `/api/staff/${await s.member()}/password`, { password: 'Strong-pass-2027' }), own: MANAGERS },
  'GET /api/audit': { req: (s) => get(`/api/audit?centerId=${s.centerId}`), own: MANAGERS },
  'GET /api/audit.csv': { req: (s) => get(`/api/audit.csv?centerId=${s.centerId}`), own: MANAGERS },
  'GET /api/audit/export': { req: (s) => get(`/api/audit/export?centerId=${s.centerId}&format=csv`), own: MANAGERS },
  // Reports (module reports): staff of the center and district admins above it; a region's report is for district admins.
  'GET /api/centers/{id}/reports': { req: (s) => get(`/api/centers/${s.centerId}/reports?from=2026-11-01&to=2026-11-30`), own: STAFF },
  'GET /api/centers/{id}/reports/export': { req: (s) => get(`/api/centers/${s.centerId}/reports/export?from=2026-11-01&to=2026-11-30&table=rooms&format=csv`), own: STAFF },
  'GET /api/regions/{id}/reports': { req: (s) => get(`/api/regions/${s.regionId}/reports?from=2026-11-01&to=2026-11-30`), own: ['admin'] },
  'GET /api/regions/{id}/reports/export': { req: (s) => get(`/api/regions/${s.regionId}/reports/export?from=2026-11-01&to=2026-11-30&format=xlsx`), own: ['admin'] },
  'GET /api/regions/{id}/assessment/scheme': { req: (s) => get(`/api/regions/${s.regionId}/assessment/scheme`), own: ['admin'] },
  'PUT /api/regions/{id}/assessment/scheme': { req: (s) => body('PUT', `/api/regions/${s.regionId}/assessment/scheme`, { indicators: [{ indicator: 'activities_held', weight: 100, target: 10 }] }), own: ['admin'] },
  'GET /api/regions/{id}/assessment': { req: (s) => get(`/api/regions/${s.regionId}/assessment?quarter=2026-Q4`), own: ['admin'] },
  'POST /api/regions/{id}/assessment/quarters/{quarter}/close': { req: (s) => body('POST', `/api/regions/${s.regionId}/assessment/quarters/2026-Q4/close`), own: ['admin'] },
  'GET /api/regions/{id}/assessment/export': { req: (s) => get(`/api/regions/${s.regionId}/assessment/export?quarter=2026-Q4&format=csv`), own: ['admin'] },
  'GET /api/centers/{id}/assessment': { req: (s) => get(`/api/centers/${s.centerId}/assessment?quarter=2026-Q4`), own: STAFF },
  // Full exports (module portability): every row of a center or region, for district admins above it.
  'GET /api/centers/{id}/export.zip': { req: (s) => get(`/api/centers/${s.centerId}/export.zip`), own: ['admin'] },
  'GET /api/regions/{id}/export.zip': { req: (s) => get(`/api/regions/${s.regionId}/export.zip`), own: ['admin'] },
  // The district view (module district): district admins over their own region's subtree; another region answers 404.
  'GET /api/regions/{id}/calendar': { req: (s) => get(`/api/regions/${s.regionId}/calendar?from=2026-11-16&to=2026-11-29&bookings=true`), own: ['admin'] },
  'GET /api/regions/{id}/screens': { req: (s) => get(`/api/regions/${s.regionId}/screens`), own: ['admin'] },
  // Volunteers and service requests (modules volunteers, service-requests): staff of the center; the leaderboard is public, a resident reads their own standing.
  'GET /api/centers/{id}/volunteer-teams': { req: (s) => get(`/api/centers/${s.centerId}/volunteer-teams`), own: STAFF },
  'POST /api/centers/{id}/volunteer-teams': { req: (s) => body('POST', `/api/centers/${s.centerId}/volunteer-teams`, { name: `队${Math.random()}` }), own: STAFF },
  'PATCH /api/volunteer-teams/{id}': { req: async (s) => body('PATCH', `/api/volunteer-teams/${await s.volunteerTeam()}`, { description: '改' }), own: STAFF },
  'GET /api/volunteer-teams/{id}/members': { req: async (s) => get(`/api/volunteer-teams/${await s.volunteerTeam()}/members`), own: STAFF },
  'POST /api/volunteer-teams/{id}/members': { req: async (s) => body('POST', `/api/volunteer-teams/${await s.volunteerTeam()}/members`, { residentId: s.resident }), own: STAFF },
  'PATCH /api/volunteer-members/{id}': { req: async (s) => body('PATCH', `/api/volunteer-members/${await s.volunteerMember()}`, { publicAlias: '小志' }), own: STAFF },
  'GET /api/centers/{id}/volunteer-members': { req: (s) => get(`/api/centers/${s.centerId}/volunteer-members`), own: STAFF },
  'GET /api/centers/{id}/volunteer-members/export': { req: (s) => get(`/api/centers/${s.centerId}/volunteer-members/export?format=csv&includeInactive=true`), own: STAFF },
  'GET /api/centers/{id}/volunteer-service': { req: (s) => get(`/api/centers/${s.centerId}/volunteer-service`), own: STAFF },
  'POST /api/centers/{id}/volunteer-service': { req: async (s) => body('POST', `/api/centers/${s.centerId}/volunteer-service`, { memberId: await s.volunteerMember(), servedAt: '2026-11-19T09:00:00+08:00', minutes: 60 }), own: STAFF },
  'DELETE /api/volunteer-service/{id}': { req: async (s) => body('DELETE', `/api/volunteer-service/${await s.volunteerService()}`), own: STAFF },
  'GET /api/centers/{id}/leaderboard': { req: (s) => get(`/api/centers/${s.centerId}/leaderboard`), own: ALL, foreign: ALL },
  'GET /api/residents/me/volunteering': { req: () => get('/api/residents/me/volunteering'), own: ['resident'], foreign: ['resident'] },
  'PATCH /api/residents/me/volunteering/{id}': { req: async (s) => body('PATCH', `/api/residents/me/volunteering/${await s.volunteerMember()}`, { publicAlias: '热心邻居', leaderboardConsent: true }), own: ['resident'] },
  'GET /api/centers/{id}/service-requests': { req: (s) => get(`/api/centers/${s.centerId}/service-requests`), own: STAFF },
  'GET /api/centers/{id}/service-requests/export': { req: (s) => get(`/api/centers/${s.centerId}/service-requests/export?format=csv`), own: STAFF },
  'GET /api/centers/{id}/today': { req: (s) => get(`/api/centers/${s.centerId}/today`), own: STAFF },
  'POST /api/centers/{id}/service-requests': { req: (s) => body('POST', `/api/centers/${s.centerId}/service-requests`, { category: 'policy', description: '咨询' }), own: STAFF },
  'GET /api/service-requests/{id}': { req: async (s) => get(`/api/service-requests/${await s.serviceRequest()}`), own: STAFF },
  'POST /api/service-requests/{id}/actions': { req: async (s) => body('POST', `/api/service-requests/${await s.serviceRequest()}/actions`, { action: 'transfer', department: '街道办' }), own: STAFF },
  // Participation (module participation): seats and sign-up listings are public; residents sign up, confirm, cancel and scan; staff keep the lists.
  'GET /api/occurrences/{id}/seats': { req: async (s) => get(`/api/occurrences/${(await s.activity()).occurrences[0]}/seats`), own: ALL, foreign: ALL },
  'GET /api/centers/{id}/signups': { req: (s) => get(`/api/centers/${s.centerId}/signups`), own: ALL, foreign: ALL },
  'POST /api/occurrences/{id}/registrations': { req: async (s) => body('POST', `/api/occurrences/${(await s.activity()).occurrences[0]}/registrations`, {}), own: ['resident'], foreign: ['resident'] },
  'GET /api/residents/me/registrations': { req: () => get('/api/residents/me/registrations'), own: ['resident'], foreign: ['resident'] },
  'POST /api/registrations/{id}/confirm': { req: async (s) => body('POST', `/api/registrations/${await s.registration()}/confirm`), own: ['resident'] },
  'POST /api/registrations/{id}/cancel': { req: async (s) => body('POST', `/api/registrations/${await s.registration()}/cancel`), own: ['resident', ...STAFF] },
  'GET /api/occurrences/{id}/roster': { req: async (s) => get(`/api/occurrences/${(await s.activity()).occurrences[0]}/roster`), own: STAFF },
  'GET /api/occurrences/{id}/roster/export': { req: async (s) => get(`/api/occurrences/${(await s.activity()).occurrences[0]}/roster/export?format=csv`), own: STAFF },
  'POST /api/occurrences/{id}/roster': { req: async (s) => body('POST', `/api/occurrences/${(await s.activity()).occurrences[0]}/roster`, { residentId: s.resident }), own: STAFF },
  'POST /api/occurrences/{id}/check-in': { req: async (s) => body('POST', `/api/occurrences/${(await s.activity()).occurrences[0]}/check-in`), own: ['resident'], foreign: ['resident'] },
  'POST /api/occurrences/{id}/staff-check-ins': { req: async (s) => body('POST', `/api/occurrences/${(await s.activity()).occurrences[0]}/staff-check-ins`, { walkIns: 2 }), own: STAFF },
  'DELETE /api/check-ins/{id}': { req: async (s) => body('DELETE', `/api/check-ins/${await s.checkIn()}`), own: STAFF },
  'GET /api/centers/{id}/participation-policy': { req: (s) => get(`/api/centers/${s.centerId}/participation-policy`), own: STAFF },
  'PATCH /api/centers/{id}/participation-policy': { req: (s) => body('PATCH', `/api/centers/${s.centerId}/participation-policy`, { offerHoldMinutes: 90 }), own: MANAGERS },
  'GET /api/centers/{id}/suspensions': { req: (s) => get(`/api/centers/${s.centerId}/suspensions`), own: STAFF },
  'POST /api/suspensions/{id}/lift': { req: async (s) => body('POST', `/api/suspensions/${await s.suspension()}/lift`), own: STAFF },
  'GET /api/residents/me/standing': { req: () => get('/api/residents/me/standing'), own: ['resident'], foreign: ['resident'] },
  'GET /api/centers/{id}/groups': { req: (s) => get(`/api/centers/${s.centerId}/groups`), own: STAFF },
  'POST /api/centers/{id}/groups': { req: (s) => body('POST', `/api/centers/${s.centerId}/groups`, { name: `组${Math.random()}` }), own: STAFF },
  'PATCH /api/groups/{id}': { req: async (s) => body('PATCH', `/api/groups/${await s.group()}`, { description: '改' }), own: STAFF },
  'DELETE /api/groups/{id}': { req: async (s) => body('DELETE', `/api/groups/${await s.group()}`), own: STAFF },
  'GET /api/groups/{id}/members': { req: async (s) => get(`/api/groups/${await s.group()}/members`), own: STAFF },
  'POST /api/groups/{id}/members': { req: async (s) => body('POST', `/api/groups/${await s.group()}/members`, { residentIds: [s.resident] }), own: STAFF },
  'DELETE /api/groups/{id}/members/{residentId}': { req: async (s) => body('DELETE', `/api/groups/${await s.group()}/members/${s.resident}`), own: STAFF },
  // Notifications (module notifications): residents read and mark their own inbox; staff read their center's delivery log and resend.
  'GET /api/residents/me/notifications': { req: () => get('/api/residents/me/notifications'), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/notifications/{id}/read': { req: async (s) => body('POST', `/api/residents/me/notifications/${await s.notification()}/read`), own: ['resident'] },
  'POST /api/residents/me/notifications/read-all': { req: () => body('POST', '/api/residents/me/notifications/read-all'), own: ['resident'], foreign: ['resident'] },
  'GET /api/residents/me/notification-settings': { req: () => get('/api/residents/me/notification-settings'), own: ['resident'], foreign: ['resident'] },
  'PATCH /api/residents/me/notification-settings': { req: () => body('PATCH', '/api/residents/me/notification-settings', { language: 'zh-CN' }), own: ['resident'], foreign: ['resident'] },
  'GET /api/centers/{id}/notifications': { req: (s) => get(`/api/centers/${s.centerId}/notifications`), own: STAFF },
  'POST /api/notifications/deliveries/{id}/resend': { req: async (s) => body('POST', `/api/notifications/deliveries/${await s.deadDelivery()}/resend`), own: STAFF },
  'GET /api/health/notifications': { req: () => get('/api/health/notifications'), own: STAFF, foreign: STAFF },
  // Web push: the key is public; residents keep and remove their own browsers' subscriptions.
  'GET /api/notifications/push-key': { req: () => get('/api/notifications/push-key'), own: ALL, foreign: ALL },
  'POST /api/residents/me/push-subscriptions': { req: () => body('POST', '/api/residents/me/push-subscriptions', pushSubscription()), own: ['resident'], foreign: ['resident'] },
  'DELETE /api/residents/me/push-subscriptions': { req: async (s) => body('DELETE', '/api/residents/me/push-subscriptions', { endpoint: await s.pushEndpoint() }), own: ['resident'], foreign: ['resident'] },
  // An unsubscribe link works without a sign-in: its token names the resident.
  'GET /api/notifications/unsubscribe': { req: async (s) => get(`/api/notifications/unsubscribe?t=${await s.notifyToken()}&channel=sms`), own: ALL, foreign: ALL },
  'POST /api/notifications/unsubscribe': { req: async (s) => body('POST', '/api/notifications/unsubscribe', { t: await s.notifyToken(), channel: 'sms' }), own: ALL, foreign: ALL },
  // Calendar feeds: a resident turns theirs on, off or to a new link; calendar apps read it without a sign-in, by its token.
  'GET /api/residents/me/calendar-feed': { req: () => get('/api/residents/me/calendar-feed'), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/calendar-feed': { req: () => body('POST', '/api/residents/me/calendar-feed'), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/calendar-feed/rotate': { req: () => body('POST', '/api/residents/me/calendar-feed/rotate'), own: ['resident'], foreign: ['resident'] },
  'DELETE /api/residents/me/calendar-feed': { req: () => body('DELETE', '/api/residents/me/calendar-feed'), own: ['resident'], foreign: ['resident'] },
  'GET /api/calendar/{token}.ics': { req: async (s) => get(`/api/calendar/${await s.calendarFeedToken()}.ics`), own: ALL, foreign: ALL },
  // Family proxies (module family): a resident links a member by the code sent to the member's number and either unlinks; staff link at their desk.
  'GET /api/residents/me/family': { req: () => get('/api/residents/me/family'), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/family/codes': { req: () => body('POST', '/api/residents/me/family/codes', { phone: `133${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` }), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/family': { req: async (s) => body('POST', '/api/residents/me/family', await s.phoneCode('family_link', true)), own: ['resident'], foreign: ['resident'] },
  'DELETE /api/residents/me/family/{id}': { req: async (s) => body('DELETE', `/api/residents/me/family/${await s.familyLink()}`), own: ['resident'] },
  'GET /api/centers/{id}/family-links': { req: (s) => get(`/api/centers/${s.centerId}/family-links`), own: STAFF },
  'POST /api/centers/{id}/family-links': { req: async (s) => body('POST', `/api/centers/${s.centerId}/family-links`, await s.familyPhones()), own: STAFF },
  // Resident proposals (module proposals): any resident proposes to any center; the proposer answers or withdraws; the center's staff decide.
  'POST /api/centers/{id}/proposals': { req: async (s) => body('POST', `/api/centers/${s.centerId}/proposals`, await s.proposalBody()), own: ['resident'], foreign: ['resident'] },
  'GET /api/residents/me/proposals': { req: () => get('/api/residents/me/proposals'), own: ['resident'], foreign: ['resident'] },
  'POST /api/residents/me/proposals/{id}/answer': { req: async (s) => body('POST', `/api/residents/me/proposals/${await s.askedProposal()}/answer`, { answer: '自带' }), own: ['resident'] },
  'POST /api/residents/me/proposals/{id}/withdraw': { req: async (s) => body('POST', `/api/residents/me/proposals/${await s.proposal()}/withdraw`), own: ['resident'] },
  'GET /api/centers/{id}/proposals': { req: (s) => get(`/api/centers/${s.centerId}/proposals`), own: STAFF },
  // Closures and national holidays (module closures): the center's staff and district admins in scope.
  'GET /api/centers/{id}/closures': { req: (s) => get(`/api/centers/${s.centerId}/closures`), own: STAFF },
  'POST /api/centers/{id}/closures/preview': { req: (s) => body('POST', `/api/centers/${s.centerId}/closures/preview`, { startDate: closureDate(), endDate: closureDate(), reason: '闭馆：设备检修' }), own: STAFF },
  'POST /api/centers/{id}/closures': { req: (s) => { const d = closureDate(); return body('POST', `/api/centers/${s.centerId}/closures`, { startDate: d, endDate: d, startTime: '09:00', endTime: '12:00', reason: '暂停开放：消防检查', decision: 'keep' }) }, own: STAFF },
  'DELETE /api/closures/{id}': { req: async (s) => body('DELETE', `/api/closures/${await s.closure()}`), own: STAFF },
  // Approval chains (module approvals): the center's staff read them, its manager and the admins above it set them; every staff member has a 待我审批 list of their own.
  'GET /api/centers/{id}/approval-chains': { req: (s) => get(`/api/centers/${s.centerId}/approval-chains`), own: STAFF },
  'PUT /api/centers/{id}/approval-chains': { req: (s) => body('PUT', `/api/centers/${s.centerId}/approval-chains`, { roomKind: 'gym', steps: [{ approver: 'center_staff', deadlineHours: 24, onLapse: 'expire' }] }), own: MANAGERS },
  'DELETE /api/approval-chains/{id}': { req: async (s) => body('DELETE', `/api/approval-chains/${await s.approvalChain()}`), own: MANAGERS },
  'GET /api/bookings/awaiting-me': { req: () => get('/api/bookings/awaiting-me'), own: STAFF, foreign: STAFF },
  'GET /api/centers/{id}/holidays': { req: (s) => get(`/api/centers/${s.centerId}/holidays?from=2026-09-01&days=60`), own: STAFF },
  'PUT /api/centers/{id}/holidays': { req: (s) => body('PUT', `/api/centers/${s.centerId}/holidays`, { followsNationalHolidays: false }), own: STAFF },
  'PUT /api/centers/{id}/holiday-exceptions/{date}': { req: (s) => body('PUT', `/api/centers/${s.centerId}/holiday-exceptions/2026-10-01`), own: STAFF },
  'DELETE /api/centers/{id}/holiday-exceptions/{date}': { req: (s) => body('DELETE', `/api/centers/${s.centerId}/holiday-exceptions/2026-10-01`), own: STAFF },
  'POST /api/proposals/{id}/question': { req: async (s) => body('POST', `/api/proposals/${await s.proposal()}/question`, { question: '需要什么？' }), own: STAFF },
  'POST /api/proposals/{id}/accept': { req: async (s) => body('POST', `/api/proposals/${await s.proposal()}/accept`, { startsLocal: '2026-12-20T09:00', endsLocal: '2026-12-20T10:00', category: 'culture_sports', location: '广场' }), own: STAFF },
  'POST /api/proposals/{id}/decline': { req: async (s) => body('POST', `/api/proposals/${await s.proposal()}/decline`, { reason: '不合适' }), own: STAFF },
  // Activity records (module records): published ones are public; the center's staff write, publish and delete them.
  'GET /api/centers/{id}/records': { req: (s) => get(`/api/centers/${s.centerId}/records`), own: ALL, foreign: ALL },
  'GET /api/centers/{id}/records/{recordId}': { req: async (s) => get(`/api/centers/${s.centerId}/records/${await s.publishedRecord()}`), own: ALL, foreign: ALL },
  'POST /api/records/{id}/views': { req: async (s) => body('POST', `/api/records/${await s.publishedRecord()}/views`, { deviceId: `device-${Math.random().toString(36).slice(2, 10)}` }), own: ALL, foreign: ALL },
  'GET /api/photos/{id}/{variant}': { req: async (s) => get(`/api/photos/${await s.publishedPhoto()}/thumb`), own: ALL, foreign: ALL },
  'GET /api/records': { req: (s) => get(`/api/records?centerId=${s.centerId}`), own: STAFF },
  'POST /api/centers/{id}/records': { req: (s) => body('POST', `/api/centers/${s.centerId}/records`, { title: '活动纪实', tags: ['敬老'] }), own: STAFF },
  'GET /api/records/{id}': { req: async (s) => get(`/api/records/${await s.record()}`), own: STAFF },
  'PATCH /api/records/{id}': { req: async (s) => body('PATCH', `/api/records/${await s.record()}`, { title: '改过的纪实' }), own: STAFF },
  'POST /api/records/{id}/publish': { req: async (s) => body('POST', `/api/records/${await s.record()}/publish`), own: STAFF },
  'POST /api/records/{id}/unpublish': { req: async (s) => body('POST', `/api/records/${await s.publishedRecord()}/unpublish`), own: STAFF },
  'DELETE /api/records/{id}': { req: async (s) => body('DELETE', `/api/records/${await s.record()}`), own: STAFF },
  'POST /api/records/{id}/photos': { req: async (s) => ({ method: 'POST', url: `/api/records/${await s.record()}/photos`, payload: await s.photoUpload() }), own: STAFF },
  'DELETE /api/records/{id}/photos/{photoId}': { req: async (s) => {
    const { id, photoId } = await s.draftPhoto()
    return body('DELETE', `/api/records/${id}/photos/${photoId}`)
  }, own: STAFF },
  // The three lists and joint meetings (modules co-building-lists, joint-meetings): a center's staff run its needs, projects
  // and meetings; a unit's resources, and a region's lists and meetings, are its district administrators'.
  'GET /api/centers/{id}/co-building-lists': { req: (s) => get(`/api/centers/${s.centerId}/co-building-lists`), own: STAFF },
  'GET /api/regions/{id}/co-building-lists': { req: (s) => get(`/api/regions/${s.regionId}/co-building-lists`), own: ['admin'] },
  'POST /api/co-building-resources': { req: async (s) => body('POST', '/api/co-building-resources', { unitId: await s.coUnit(), kind: 'venue', description: '操场' }), own: ['admin'] },
  'PATCH /api/co-building-resources/{id}': { req: async (s) => body('PATCH', `/api/co-building-resources/${await s.coResource()}`, { status: 'retired' }), own: ['admin'] },
  'DELETE /api/co-building-resources/{id}': { req: async (s) => body('DELETE', `/api/co-building-resources/${await s.coResource()}`), own: ['admin'] },
  'POST /api/co-building-needs': { req: (s) => body('POST', '/api/co-building-needs', { centerId: s.centerId, title: '需要场地' }), own: STAFF },
  'PATCH /api/co-building-needs/{id}': { req: async (s) => body('PATCH', `/api/co-building-needs/${await s.coNeed()}`, { status: 'closed' }), own: STAFF },
  'DELETE /api/co-building-needs/{id}': { req: async (s) => body('DELETE', `/api/co-building-needs/${await s.coNeed()}`), own: STAFF },
  'POST /api/co-building-projects': { req: async (s) => body('POST', '/api/co-building-projects', { centerId: s.centerId, title: '共建', resourceIds: [await s.coResource()], needIds: [await s.coNeed()] }), own: STAFF },
  'PATCH /api/co-building-projects/{id}': { req: async (s) => body('PATCH', `/api/co-building-projects/${await s.coProject()}`, { status: 'active' }), own: STAFF },
  'DELETE /api/co-building-projects/{id}': { req: async (s) => body('DELETE', `/api/co-building-projects/${await s.coProject()}`), own: STAFF },
  'GET /api/centers/{id}/joint-meetings': { req: (s) => get(`/api/centers/${s.centerId}/joint-meetings`), own: STAFF },
  'GET /api/regions/{id}/joint-meetings': { req: (s) => get(`/api/regions/${s.regionId}/joint-meetings`), own: ['admin'] },
  'POST /api/joint-meetings': { req: async (s) => body('POST', '/api/joint-meetings', { centerId: s.centerId, title: '联席会议', startsLocal: '2026-11-18T15:00', unitIds: [await s.coUnit()] }), own: STAFF },
  'GET /api/joint-meetings/{id}': { req: async (s) => get(`/api/joint-meetings/${(await s.jointMeeting()).id}`), own: STAFF },
  'PATCH /api/joint-meetings/{id}': { req: async (s) => body('PATCH', `/api/joint-meetings/${(await s.jointMeeting()).id}`, { minutes: '纪要' }), own: STAFF },
  'DELETE /api/joint-meetings/{id}': { req: async (s) => body('DELETE', `/api/joint-meetings/${(await s.jointMeeting()).id}`), own: STAFF },
  'POST /api/joint-meetings/{id}/problems': { req: async (s) => body('POST', `/api/joint-meetings/${(await s.jointMeeting()).id}/problems`, { description: '停车难' }), own: STAFF },
  'POST /api/joint-meetings/{id}/problems/{problemId}/actions': { req: async (s) => {
    const m = await s.jointMeeting()
    return body('POST', `/api/joint-meetings/${m.id}/problems/${m.problemId}/actions`, { action: 'assign', unitId: await s.coUnit(), owner: '王经理' })
  }, own: STAFF },
  // Co-building units (module co-building): a region's district administrators register them; a partner center's staff read them, its managers sign the agreements.
  'GET /api/co-building/units': { req: (s) => get(`/api/co-building/units?centerId=${s.centerId}`), own: STAFF },
  'POST /api/co-building/units': { req: (s) => body('POST', '/api/co-building/units', { regionId: s.regionId, name: `单位${Math.random()}`, kind: 'school', centerIds: [s.centerId] }), own: ['admin'] },
  'GET /api/co-building/units/{id}': { req: async (s) => get(`/api/co-building/units/${await s.unit()}`), own: STAFF },
  'PATCH /api/co-building/units/{id}': { req: async (s) => body('PATCH', `/api/co-building/units/${await s.unit()}`, { contactName: '王主任' }), own: ['admin'] },
  'DELETE /api/co-building/units/{id}': { req: async (s) => body('DELETE', `/api/co-building/units/${await s.unit()}`), own: ['admin'] },
  'POST /api/co-building/units/{id}/partners': { req: async (s) => body('POST', `/api/co-building/units/${await s.unit()}/partners`, { regionId: s.regionId }), own: ['admin'] },
  'DELETE /api/co-building/units/{id}/partners/{partnerId}': { req: async (s) => body('DELETE', `/api/co-building/units/${await s.unit()}/partners/${s.centerId}`), own: ['admin'] },
  'GET /api/co-building/units/{id}/agreements': { req: async (s) => get(`/api/co-building/units/${await s.unit()}/agreements`), own: STAFF },
  'POST /api/co-building/units/{id}/agreements': { req: async (s) => body('POST', `/api/co-building/units/${await s.unit()}/agreements`, { centerId: s.centerId, title: '共建协议', startsOn: '2026-01-01', endsOn: '2026-12-31' }), own: MANAGERS },
  'GET /api/co-building/agreements/{id}': { req: async (s) => get(`/api/co-building/agreements/${await s.agreement()}`), own: STAFF },
  'PATCH /api/co-building/agreements/{id}': { req: async (s) => body('PATCH', `/api/co-building/agreements/${await s.agreement()}`, { title: '改过的协议' }), own: MANAGERS },
  'DELETE /api/co-building/agreements/{id}': { req: async (s) => body('DELETE', `/api/co-building/agreements/${await s.agreement()}`), own: MANAGERS },
  'PUT /api/co-building/agreements/{id}/attachment': { req: async (s) => ({ method: 'PUT', url: `/api/co-building/agreements/${await s.agreement()}/attachment`, payload: s.attachmentUpload() }), own: MANAGERS },
  'DELETE /api/co-building/agreements/{id}/attachment': { req: async (s) => body('DELETE', `/api/co-building/agreements/${await s.attachedAgreement()}/attachment`), own: MANAGERS },
  'GET /api/co-building/agreements/{id}/attachment': { req: async (s) => get(`/api/co-building/agreements/${await s.attachedAgreement()}/attachment`), own: STAFF },
  'DELETE /api/family-links/{id}': { req: async (s) => body('DELETE', `/api/family-links/${await s.deskFamilyLink()}`), own: STAFF },
  'GET /api/centers/{id}/residents/{residentId}/family-links': { req: async (s) => get(`/api/centers/${s.centerId}/residents/${await s.deskFamilyResident()}/family-links`), own: STAFF },
  'POST /api/centers/{id}/residents/{residentId}/family-links': {
    req: async (s) => {
      const { residentId, otherResidentId } = await s.deskFamilyPair()
      return body('POST', `/api/centers/${s.centerId}/residents/${residentId}/family-links`, { otherResidentId, direction: 'acts_for' })
    },
    own: STAFF,
  },
  // The service desk (module residents): staff find and register their center's residents and make sign-in links; whoever holds a link may use it, once.
  'GET /api/centers/{id}/residents': { req: (s) => get(`/api/centers/${s.centerId}/residents`), own: STAFF },
  'GET /api/centers/{id}/residents/export': { req: (s) => get(`/api/centers/${s.centerId}/residents/export?format=csv`), own: STAFF },
  'POST /api/centers/{id}/residents': { req: (s) => body('POST', `/api/centers/${s.centerId}/residents`, { name: '新居民', phone: `134${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, household: '3号楼', language: 'zh-CN' }), own: STAFF },
  'POST /api/centers/{id}/residents/{residentId}/sign-in-links': { req: async (s) => body('POST', `/api/centers/${s.centerId}/residents/${await s.deskResident()}/sign-in-links`), own: STAFF },
  // Households and organisations (modules households, organisations): the desk's, per center; a region's organisations are its district administrators'.
  'GET /api/centers/{id}/households': { req: (s) => get(`/api/centers/${s.centerId}/households`), own: STAFF },
  'POST /api/centers/{id}/households': { req: async (s) => body('POST', `/api/centers/${s.centerId}/households`, { name: `户${Math.random()}`, weeklyQuota: 2, memberIds: [await s.knownResident()] }), own: STAFF },
  'POST /api/centers/{id}/households/from-family-link': { req: async (s) => body('POST', `/api/centers/${s.centerId}/households/from-family-link`, { familyLinkId: await s.deskLinkPair() }), own: STAFF },
  'PATCH /api/households/{id}': { req: async (s) => body('PATCH', `/api/households/${await s.household()}`, { weeklyQuota: 4 }), own: STAFF },
  'DELETE /api/households/{id}': { req: async (s) => body('DELETE', `/api/households/${await s.household()}`), own: STAFF },
  'POST /api/households/{id}/members': { req: async (s) => body('POST', `/api/households/${await s.household()}/members`, { residentId: await s.knownResident() }), own: STAFF },
  'DELETE /api/households/{id}/members/{residentId}': { req: async (s) => { const m = await s.householdMember(); return body('DELETE', `/api/households/${m.householdId}/members/${m.residentId}`) }, own: STAFF },
  'GET /api/centers/{id}/organisations': { req: (s) => get(`/api/centers/${s.centerId}/organisations`), own: STAFF },
  'POST /api/centers/{id}/organisations': { req: (s) => body('POST', `/api/centers/${s.centerId}/organisations`, { name: `组织${Math.random()}`, contactName: '李老师', contactPhone: '13912345678', publishName: true, weeklyQuota: 3 }), own: STAFF },
  'POST /api/regions/{id}/organisations': { req: (s) => body('POST', `/api/regions/${s.regionId}/organisations`, { name: `组织${Math.random()}` }), own: ['admin'] },
  'PATCH /api/organisations/{id}': { req: async (s) => body('PATCH', `/api/organisations/${await s.organisation()}`, { publishName: true }), own: STAFF },
  'DELETE /api/organisations/{id}': { req: async (s) => body('DELETE', `/api/organisations/${await s.organisation()}`), own: STAFF },
  'POST /api/organisations/{id}/members': { req: async (s) => body('POST', `/api/organisations/${await s.organisation()}/members`, { residentId: await s.knownResident() }), own: STAFF },
  'DELETE /api/organisations/{id}/members/{residentId}': { req: async (s) => { const m = await s.organisationMember(); return body('DELETE', `/api/organisations/${m.organisationId}/members/${m.residentId}`) }, own: STAFF },
  'GET /api/residents/me/organisations': { req: (s) => get(`/api/residents/me/organisations?centerId=${s.centerId}`), own: ['resident'], foreign: ['resident'] },
  // Spreadsheet imports (module imports): templates for any staff; uploads (the file as the body) as editing by hand; a batch for its center's staff.
  'GET /api/imports/templates/{kind}': { req: () => get('/api/imports/templates/rooms?format=csv'), own: STAFF, foreign: STAFF },
  'POST /api/centers/{id}/imports/{kind}': { req: (s) => ({ method: 'POST', url: `/api/centers/${s.centerId}/imports/rooms`, payload: roomsCsv(), headers: { 'content-type': 'text/csv' } }), own: STAFF },
  'POST /api/regions/{id}/imports/{kind}': { req: (s) => ({ method: 'POST', url: `/api/regions/${s.regionId}/imports/centers`, payload: centersCsv(), headers: { 'content-type': 'text/csv' } }), own: ['admin'] },
  'GET /api/imports/{id}': { req: async (s) => get(`/api/imports/${await s.importBatch()}`), own: STAFF },
  'POST /api/imports/{id}/commit': { req: async (s) => body('POST', `/api/imports/${await s.importBatch()}/commit`), own: STAFF },
  'POST /api/residents/sign-in-with-link': { req: async (s) => body('POST', '/api/residents/sign-in-with-link', { token: await s.signInLinkToken() }), own: ALL, foreign: ALL },
}

/** Headers for each role in center A's world; a fresh session per call, because some operations end the caller's sessions. */
export async function identityHeaders(app: App, db: Database, w: World) {
  const screenToken = async () => {
    const p = await startPairing(db, app.clock())
    await completePairing(db, p.pairingId, w.centerA, { code: p.code, name: '屏', layout: 'lobby', language: 'zh-CN' }, (await db.selectFrom('staff').select('id').limit(1).executeTakeFirstOrThrow()).id)
    const pairing = await db.selectFrom('screen_pairings').select('pending_token').where('id', '=', p.pairingId).executeTakeFirstOrThrow()
    return pairing.pending_token!
  }
  const staffIds = Object.fromEntries(await Promise.all((['staff', 'manager', 'admin'] as const).map(async (r) => [r, (await db.selectFrom('staff').select('id').where('username', '=', w.usernames[r]).executeTakeFirstOrThrow()).id])))
  return async (role: Role): Promise<Record<string, string>> => {
    const until = new Date(app.clock().getTime() + 3_600_000)
    if (role === 'anon') return {}
    if (role === 'resident') return { cookie: `${RESIDENT_COOKIE}=${await createSession(db, { residentId: w.alice.id }, until)}` }
    if (role === 'screen') return { authorization: `Bearer ${await screenToken()}` }
    return { cookie: `${SESSION_COOKIE}=${await createSession(db, { staffId: staffIds[role]! }, until)}` }
  }
}
