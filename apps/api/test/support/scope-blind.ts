import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { readSheetText } from '../../src/spreadsheets/read'
import { newResident } from './factories'
import { reportFactories } from './report-world'
import { type newScopeChecker, pathIds } from './scope-check'
import { loadRegionMap } from './scope-sources'
import { scopeSpecs } from './scope-specs'
import type { ScopeWorld, scopeCallers } from './scope-world'

type Callers = Awaited<ReturnType<typeof scopeCallers>>
type Caller = Callers['names'][number]
type Checker = ReturnType<typeof newScopeChecker>
const PERIOD = 'from=2026-11-01&to=2026-11-30'

/**
 * Lists the matrix reads only in one form: the audit log without a center filter, the whole
 * district's report (the subdistrict admin's is refused), the region's centers as CSV, and center
 * A's lists filtered by a room, team, member, group or person of the other district.
 */
export async function runScopeProbes(app: App, db: Database, w: ScopeWorld, callers: Callers, checker: Checker) {
  const auditors: Caller[] = ['manager', 'admin', 'subadmin']
  const staff: Caller[] = ['staff', ...auditors]
  const inB = async (table: 'rooms' | 'volunteer_teams' | 'volunteer_members' | 'resident_groups' | 'staff' | 'bookings') =>
    (await db.selectFrom(table).select('id').where('center_id', '=', w.centerB).limit(1).executeTakeFirstOrThrow()).id
  const [room, team, member, group, person, booking] = [await inB('rooms'), await inB('volunteer_teams'), await inB('volunteer_members'), await inB('resident_groups'), await inB('staff'), await inB('bookings')]
  const a = `/api/centers/${w.centerA}`
  const probes: { op: string; url: string; allowed: Caller[] }[] = [
    { op: 'GET /api/audit', url: '/api/audit', allowed: auditors },
    { op: 'GET /api/audit.csv', url: '/api/audit.csv', allowed: auditors },
    { op: 'GET /api/audit/export', url: '/api/audit/export?format=csv', allowed: auditors },
    { op: 'GET /api/audit', url: `/api/audit?actorId=${person}`, allowed: auditors },
    { op: 'GET /api/audit', url: `/api/audit?entityId=${booking}`, allowed: auditors },
    { op: 'GET /api/regions/{id}/reports', url: `/api/regions/${w.districtA.id}/reports?${PERIOD}`, allowed: ['admin'] },
    { op: 'GET /api/regions/{id}/reports/export', url: `/api/regions/${w.districtA.id}/reports/export?${PERIOD}&format=csv`, allowed: ['admin'] },
    { op: 'GET /api/regions/{id}/reports/export', url: `/api/regions/${w.subA.id}/reports/export?${PERIOD}&format=csv`, allowed: ['admin', 'subadmin'] },
    { op: 'GET /api/centers/{id}/occurrences', url: `${a}/occurrences?roomId=${room}`, allowed: staff },
    { op: 'GET /api/centers/{id}/schedule', url: `${a}/schedule?roomId=${room}`, allowed: callers.names.slice() },
    { op: 'GET /api/centers/{id}/calendar.ics', url: `${a}/calendar.ics?roomId=${room}`, allowed: callers.names.slice() },
    { op: 'GET /api/centers/{id}/bookings', url: `${a}/bookings?roomId=${room}`, allowed: staff },
    { op: 'GET /api/centers/{id}/volunteer-members', url: `${a}/volunteer-members?teamId=${team}`, allowed: staff },
    { op: 'GET /api/centers/{id}/bookings/export', url: `${a}/bookings/export?roomId=${room}&format=csv`, allowed: staff },
    { op: 'GET /api/centers/{id}/volunteer-members/export', url: `${a}/volunteer-members/export?teamId=${team}&format=csv`, allowed: staff },
    { op: 'GET /api/centers/{id}/volunteer-service', url: `${a}/volunteer-service?memberId=${member}`, allowed: staff },
    { op: 'GET /api/centers/{id}/reports', url: `${a}/reports?${PERIOD}&groupId=${group}`, allowed: staff },
  ]
  const wrong: string[] = []
  for (const p of probes) {
    for (const caller of callers.names) {
      const res = await app.inject({ method: 'GET', url: p.url, headers: await callers.headers(caller) })
      // Allowed callers may be told a filter names nothing of the center's (400/404), never refused.
      const ok = p.allowed.includes(caller) ? [200, 400, 404].includes(res.statusCode) : [401, 403].includes(res.statusCode)
      if (!ok) wrong.push(`${p.op} (${p.url}) as ${caller}: ${res.statusCode} ${res.body.slice(0, 120)}`)
      await checker.check(p.op, p.url, caller, res)
    }
  }
  return { wrong, requests: probes.length * callers.names.length }
}

/** A month of use of a center, written straight into the tables: a held session with its check-ins, bookings, a request, volunteering. */
async function writeHistory(db: Database, centerId: string, tag: string) {
  const f = reportFactories(db, centerId, 'Asia/Shanghai')
  const resident = (await newResident(db, '路人')).id
  const room = (await db.selectFrom('rooms').select('id').where('center_id', '=', centerId).limit(1).executeTakeFirstOrThrow()).id
  const occurrence = await (await f.activity(`健康讲座${tag}`, 'health', room)).occurrence('2026-11-10T09:00', '10:00')
  await f.checkIn(occurrence, resident)
  await f.walkIns(occurrence, 3)
  await f.registration(occurrence, resident, true)
  await f.booking(room, 'completed', '2026-11-10T14:00', '2026-11-10T15:00')
  await f.booking(room, 'no_show', '2026-11-11T14:00', '2026-11-11T15:00')
  await f.serviceRequest('2026-11-10T10:00', 'policy', 'closed', true)
  await f.service(await (await f.volunteerTeam(`健康队${tag}`)).member(resident), '2026-11-10T09:00', 90, 15)
  await f.group(`健康组${tag}`, [[resident, '2026-11-10T09:00']])
}

/**
 * Reports and lists read on center A must not move when only centers outside what the URL names
 * change (the district's other centers, another district), and reports must move when center A's
 * own history grows, or the first half would prove nothing. Returns what went wrong, and the count
 * of requests made.
 */
export async function outsideChangesNothing(app: App, db: Database, w: ScopeWorld, callers: Callers, checker: Checker) {
  const headers = Object.fromEntries(await Promise.all(callers.names.map(async (c) => [c, await callers.headers(c)] as const)))
  const seen = new Map(checker.read.filter((r) => r.centerId === w.centerA && !scopeSpecs[r.op]!.global).map((r) => [`${r.caller} ${r.url}`, r]))
  const reads = [...seen.values()]
  let requests = 0
  // A calendar stamps each event with the real time it was written out, and a workbook's zip its
  // files: no change of anyone's, so a workbook is compared by its cells.
  const fetchAll = () => Promise.all(reads.map(async (r) => {
    requests++
    const res = await app.inject({ method: 'GET', url: r.url, headers: headers[r.caller as Caller] })
    return r.url.includes('format=xlsx') && res.statusCode === 200 ? JSON.stringify(await readSheetText(res.rawPayload)) : res.body.replace(/^DTSTAMP:.*$/gm, '')
  }))
  const wrong: string[] = []
  for (const [i, centerId] of [w.sibling, w.cousin, w.centerB].entries()) {
    const map = await loadRegionMap(db)
    // A region's report covers the centers below it: those are inside what the URL names.
    const covers = (url: string, op: string) => pathIds(op, url).some(([kind, id]) => kind === 'regions' && map.subtree(id).has(map.centerRegion.get(centerId)!))
    const before = await fetchAll()
    await writeHistory(db, centerId, `外${i}`)
    const after = await fetchAll()
    reads.forEach((r, j) => {
      if (!covers(r.url, r.op) && before[j] !== after[j]) wrong.push(`${r.op} as ${r.caller} (${r.url}) changed when only center ${centerId} did`)
    })
  }
  const before = await fetchAll()
  await writeHistory(db, w.centerA, '内')
  const after = await fetchAll()
  reads.forEach((r, j) => {
    if (r.op.includes('/reports') && before[j] === after[j]) wrong.push(`${r.op} as ${r.caller} (${r.url}) did not change when center A's history grew`)
  })
  return { wrong, requests, reads: reads.length }
}
