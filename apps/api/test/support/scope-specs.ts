/** A row of a response, named the way the database can find it again (`key` is matched against a source's `id`). */
export interface Ref { source: string; key: string }

/** A JSON answer, read loosely: each spec picks the fields it knows (the route's schema checked their shape). */
type Body = Record<string, unknown>

interface Common {
  /** Anyone may read these rows (a center's schedule, its rooms): only the path narrows them. */
  public?: boolean
  /** Every center's or region's public entry: nothing narrows them, so nothing outside can change them. */
  global?: boolean
  /** The URL's id is the record changed, not a parent of the rows (which are all the caller's). */
  pathNamesSubject?: true
}
/** How to read the rows of a body: JSON, or the text of a CSV or iCalendar file. */
export type ScopeSpec = Common & ({ format?: undefined; rows: (body: Body) => Ref[] } | { format: 'csv' | 'ics'; rows: (text: string) => Ref[] })

type Row = Record<string, unknown>
const refs = (source: string, list: unknown, field = 'id'): Ref[] => ((list ?? []) as Row[]).map((r) => ({ source, key: String(r[field]) }))
const items = (source: string) => (b: Body) => refs(source, b.items)

/** Cells of a CSV body (quoted cells, CRLF lines, a byte-order mark first). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i]
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',' || c === '\n') {
      rows.at(-1)!.push(c === ',' ? cell : cell.replace(/\r$/, ''))
      if (c === '\n') rows.push([])
      cell = ''
    } else cell += c
  }
  if (cell) rows.at(-1)!.push(cell)
  return rows.filter((r) => r.length > 1 || r[0])
}

/** A CSV's cells under one header (a formula-safe leading apostrophe taken off) as rows of a source. */
const csvColumn = (source: string, header: string) => (text: string): Ref[] => {
  const [head, ...rows] = parseCsv(text)
  const col = head!.indexOf(header)
  if (col < 0) throw new Error(`scope check: no column ${header} in the CSV`)
  return rows.map((r) => ({ source, key: r[col]!.replace(/^'/, '') }))
}

/** The audit log's CSV: an entry is found again by its request, object and action. */
const auditCsvRows = (text: string): Ref[] => {
  const [header, ...rows] = parseCsv(text)
  const col = (name: string) => header!.indexOf(name)
  return rows.map((r) => ({ source: 'audit_entries', key: [r[col('请求编号')], r[col('对象')], r[col('对象编号')], r[col('操作')]].join('|') }))
}

/** The data rows of an exported table, by their first cell (a name), without the header and the total row. */
const namedRows = (source: string) => (text: string) =>
  parseCsv(text).slice(1).map((r) => r[0]!.replace(/^'/, '')).filter((name) => name !== '合计').map((key) => ({ source, key }))

/**
 * How to find, in the database, the owner of every row that a list or report hands out. Every
 * operation whose answer holds an array of records, a CSV or a calendar needs an entry here.
 */
/**
 * A center feed's events: activity dates by their id, and closed times as `closure-<roomId|center>-<start>`:
 * a room's closure is checked by its room, a center-wide one carries no row of its own (it is the URL's center).
 */
const icsRows = (text: string): Ref[] => [...text.matchAll(/^UID:([\w-]+)@linli/gm)].flatMap((m): Ref[] => {
  const closure = /^closure-(.+)-\d+$/.exec(m[1]!)
  if (!closure) return [{ source: 'occurrences', key: m[1]! }]
  return closure[1] === 'center' ? [] : [{ source: 'rooms', key: closure[1]! }]
})

export const scopeSpecs: Record<string, ScopeSpec> = {
  'GET /api/regions': { global: true, rows: items('regions') },
  'GET /api/centers': { global: true, rows: items('centers') },
  'GET /api/centers/{id}/rooms': { public: true, rows: items('rooms') },
  'GET /api/centers/{id}/occurrences': { rows: items('occurrences') },
  'POST /api/centers/{id}/activities/check': { rows: (b) => refs('rooms', b.conflicts, 'roomId') },
  'GET /api/centers/{id}/schedule': { public: true, rows: (b) => [...refs('occurrences', b.items), ...refs('rooms', b.occupied, 'roomId')] },
  'GET /api/centers/{id}/calendar.ics': { public: true, format: 'ics', rows: icsRows },
  'GET /api/rooms/{id}/availability': { public: true, rows: (b) => refs('rooms', b.items, 'roomId') },
  'POST /api/rooms/{id}/booking-series': { rows: (b) => refs('bookings', b.created) },
  'GET /api/residents/me/bookings': { rows: items('bookings') },
  'POST /api/bookings/decisions': { rows: items('bookings') },
  'GET /api/centers/{id}/bookings': { rows: items('bookings') },
  'GET /api/residents/{id}/bookings': { rows: items('bookings') },
  'GET /api/centers/{id}/screens': { rows: items('screens') },
  'GET /api/centers/{id}/board': { public: true, rows: (b) => [...refs('announcements', b.announcements), ...refs('emergencies', b.emergency ? [b.emergency] : []), ...refs('rooms', b.roomHours ?? [], 'roomId'), ...refs('rooms', b.occupancy ?? [], 'roomId')] },
  'GET /api/centers/{id}/announcements': { rows: items('announcements') },
  'GET /api/staff': { rows: items('staff') },
  'GET /api/audit': { rows: items('audit_log') },
  'GET /api/audit.csv': { format: 'csv', rows: auditCsvRows },
  'GET /api/audit/export': { format: 'csv', rows: auditCsvRows },
  // The list exports (module list-exports): rows by their 编号, or by name where the file is an import's columns.
  'GET /api/centers/{id}/rooms/export': { format: 'csv', rows: csvColumn('rooms_by_name', '房间名称') },
  'GET /api/centers/{id}/residents/export': { format: 'csv', rows: csvColumn('desk_residents_by_name', '姓名') },
  'GET /api/centers/{id}/bookings/export': { format: 'csv', rows: csvColumn('bookings', '编号') },
  'GET /api/centers/{id}/volunteer-members/export': { format: 'csv', rows: csvColumn('teams_by_name', '志愿服务队') },
  'GET /api/centers/{id}/service-requests/export': { format: 'csv', rows: csvColumn('service_requests', '编号') },
  'GET /api/occurrences/{id}/roster/export': { format: 'csv', rows: csvColumn('registrations', '编号') },
  'GET /api/centers/{id}/reports': { rows: (b) => [...refs('rooms', b.rooms, 'roomId'), ...refs('rooms', b.occupancy, 'roomId'), ...refs('resident_groups', b.targetGroup ? [b.targetGroup] : [])] },
  'GET /api/centers/{id}/occupancy': { public: true, rows: (b) => refs('rooms', b.items, 'roomId') },
  'GET /api/centers/{id}/reports/export': { format: 'csv', rows: (text: string) => (text.startsWith('\ufeff"房间"') ? namedRows('rooms_by_name')(text) : []) },
  'GET /api/regions/{id}/reports': { rows: (b) => refs('centers', b.centers, 'centerId') },
  'GET /api/regions/{id}/reports/export': { format: 'csv', rows: namedRows('centers_by_name') },
  'GET /api/regions/{id}/assessment': { rows: (b) => refs('centers', b.centers, 'centerId') },
  'POST /api/regions/{id}/assessment/quarters/{quarter}/close': { rows: (b) => refs('centers', b.centers, 'centerId') },
  // Rank, center name, score …: the rows by their second cell.
  'GET /api/regions/{id}/assessment/export': { format: 'csv', rows: (text: string) => parseCsv(text).slice(1).filter((r) => r.length > 1).map((r) => ({ source: 'centers_by_name', key: r[1]!.replace(/^'/, '') })) },
  'GET /api/centers/{id}/assessment': { rows: (b) => refs('centers', [b.own], 'centerId') },
  'GET /api/regions/{id}/calendar': { rows: (b) => [...refs('occurrences', b.items), ...refs('bookings', b.bookings)] },
  'GET /api/regions/{id}/screens': { rows: items('screens') },
  'GET /api/centers/{id}/volunteer-teams': { rows: items('volunteer_teams') },
  'GET /api/volunteer-teams/{id}/members': { rows: items('volunteer_members') },
  'GET /api/centers/{id}/volunteer-members': { rows: items('volunteer_members') },
  'GET /api/centers/{id}/volunteer-service': { rows: items('volunteer_service') },
  'GET /api/centers/{id}/leaderboard': { public: true, rows: (b) => [...refs('teams_by_name', b.teams, 'name'), ...refs('teams_by_name', b.members, 'teamName')] },
  'GET /api/residents/me/volunteering': { rows: (b) => refs('volunteer_members', b.memberships, 'memberId') },
  'PATCH /api/residents/me/volunteering/{id}': { pathNamesSubject: true, rows: (b) => refs('volunteer_members', b.memberships, 'memberId') },
  'GET /api/centers/{id}/service-requests': { rows: items('service_requests') },
  'GET /api/centers/{id}/today': {
    rows: (b) => {
      const a = b.activities as { now: unknown; next: unknown }
      const s = b.serviceRequests as { items: unknown }
      return [...refs('occurrences', a.now), ...refs('occurrences', a.next), ...refs('bookings', b.bookingsToCheckIn), ...refs('service_requests', s.items), ...refs('screens', b.screensOffline)]
    },
  },
  'GET /api/occurrences/{id}/seats': { public: true, rows: (b) => [{ source: 'occurrences', key: String(b.occurrenceId) }] },
  'GET /api/centers/{id}/signups': { public: true, rows: items('occurrences') },
  'POST /api/occurrences/{id}/registrations': { rows: items('registrations') },
  'GET /api/residents/me/registrations': { rows: items('registrations') },
  'GET /api/occurrences/{id}/roster': { rows: (b) => [...refs('registrations', b.entries), ...refs('check_ins', b.checkIns)] },
  'POST /api/occurrences/{id}/roster': { rows: items('registrations') },
  'GET /api/centers/{id}/suspensions': { rows: items('suspensions') },
  'GET /api/residents/me/standing': { rows: (b) => refs('suspensions', b.suspensions) },
  'GET /api/centers/{id}/groups': { rows: items('resident_groups') },
  'GET /api/groups/{id}/members': { rows: (b) => refs('group_members', b.items, 'residentId') },
  'POST /api/groups/{id}/members': { rows: (b) => refs('group_members', b.items, 'residentId') },
  'GET /api/residents/me/notifications': { rows: items('notifications') },
  'GET /api/centers/{id}/notifications': { rows: items('notification_deliveries') },
  'GET /api/residents/me/family': { rows: (b) => [...refs('family_links', b.members), ...refs('family_links', b.proxies)] },
  'GET /api/residents/me/proposals': { rows: items('proposals') },
  'GET /api/centers/{id}/proposals': { rows: items('proposals') },
  'GET /api/centers/{id}/closures': { rows: items('closures') },
  // Activity records: the public list and a record, and staff's list; each answer about one record is that record's.
  'GET /api/centers/{id}/records': { public: true, rows: items('activity_records') },
  'GET /api/centers/{id}/records/{recordId}': { public: true, pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'GET /api/records': { rows: items('activity_records') },
  'POST /api/centers/{id}/records': { rows: (b) => refs('activity_records', [b]) },
  'GET /api/records/{id}': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'PATCH /api/records/{id}': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'POST /api/records/{id}/publish': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'POST /api/records/{id}/unpublish': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'POST /api/records/{id}/photos': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  'DELETE /api/records/{id}/photos/{photoId}': { pathNamesSubject: true, rows: (b) => refs('activity_records', [b]) },
  // The three lists and joint meetings: a center's or region's, with the resources of the units it works with.
  'GET /api/centers/{id}/co-building-lists': { rows: (b) => [...refs('co_building_resources', b.resources), ...refs('co_building_needs', b.needs), ...refs('co_building_projects', b.projects)] },
  'GET /api/regions/{id}/co-building-lists': { rows: (b) => [...refs('co_building_resources', b.resources), ...refs('co_building_needs', b.needs), ...refs('co_building_projects', b.projects)] },
  'POST /api/co-building-projects': { rows: (b) => refs('co_building_projects', [b]) },
  'PATCH /api/co-building-projects/{id}': { pathNamesSubject: true, rows: (b) => refs('co_building_projects', [b]) },
  'GET /api/centers/{id}/joint-meetings': { rows: items('joint_meetings') },
  'GET /api/regions/{id}/joint-meetings': { rows: items('joint_meetings') },
  'POST /api/joint-meetings': { rows: (b) => refs('joint_meetings', [b]) },
  'GET /api/joint-meetings/{id}': { pathNamesSubject: true, rows: (b) => refs('joint_meetings', [b]) },
  'PATCH /api/joint-meetings/{id}': { pathNamesSubject: true, rows: (b) => refs('joint_meetings', [b]) },
  'POST /api/joint-meetings/{id}/problems': { pathNamesSubject: true, rows: (b) => refs('joint_meetings', [b]) },
  'POST /api/joint-meetings/{id}/problems/{problemId}/actions': { pathNamesSubject: true, rows: (b) => refs('joint_meetings', [b]) },
  // Co-building units (module co-building): a region's administrators' and its partner centers'; each answer about a unit is that unit's.
  'GET /api/co-building/units': { rows: items('co_building_units') },
  'POST /api/co-building/units': { rows: (b) => refs('co_building_units', [b]) },
  'GET /api/co-building/units/{id}': { pathNamesSubject: true, rows: (b) => refs('co_building_units', [b]) },
  'PATCH /api/co-building/units/{id}': { pathNamesSubject: true, rows: (b) => refs('co_building_units', [b]) },
  'POST /api/co-building/units/{id}/partners': { pathNamesSubject: true, rows: (b) => refs('co_building_units', [b]) },
  'DELETE /api/co-building/units/{id}/partners/{partnerId}': { pathNamesSubject: true, rows: (b) => refs('co_building_units', [b]) },
  'GET /api/co-building/units/{id}/agreements': { pathNamesSubject: true, rows: items('co_building_agreements') },
  'GET /api/centers/{id}/approval-chains': { rows: items('approval_chains') },
  'PUT /api/centers/{id}/approval-chains': { rows: (b) => refs('approval_chains', [b]) },
  'GET /api/bookings/awaiting-me': { rows: items('bookings') },
  'POST /api/centers/{id}/closures/preview': { rows: (b) => [...refs('bookings', b.bookings), ...refs('occurrences', b.dates, 'occurrenceId')] },
  'GET /api/centers/{id}/family-links': { rows: items('family_links') },
  'GET /api/centers/{id}/households': { rows: items('households') },
  'POST /api/centers/{id}/households': { rows: (b) => refs('households', [b]) },
  'POST /api/centers/{id}/households/from-family-link': { rows: (b) => refs('households', [b]) },
  'PATCH /api/households/{id}': { pathNamesSubject: true, rows: (b) => refs('households', [b]) },
  'POST /api/households/{id}/members': { pathNamesSubject: true, rows: (b) => refs('households', [b]) },
  'DELETE /api/households/{id}/members/{residentId}': { pathNamesSubject: true, rows: (b) => refs('households', [b]) },
  'GET /api/centers/{id}/organisations': { rows: items('organisations') },
  'POST /api/centers/{id}/organisations': { rows: (b) => refs('organisations', [b]) },
  'POST /api/regions/{id}/organisations': { rows: (b) => refs('organisations', [b]) },
  'PATCH /api/organisations/{id}': { pathNamesSubject: true, rows: (b) => refs('organisations', [b]) },
  'POST /api/organisations/{id}/members': { pathNamesSubject: true, rows: (b) => refs('organisations', [b]) },
  'DELETE /api/organisations/{id}/members/{residentId}': { pathNamesSubject: true, rows: (b) => refs('organisations', [b]) },
  'GET /api/residents/me/organisations': { rows: items('organisation_members') },
  // Every link listed is the path's resident's, whom the center must know; the other side may be known elsewhere only.
  'GET /api/centers/{id}/residents/{residentId}/family-links': {
    rows: (b) => [...refs('desk_residents', b.members, 'proxyResidentId'), ...refs('desk_residents', b.proxies, 'memberResidentId')],
  },
  'GET /api/centers/{id}/residents': { rows: items('desk_residents') },
  // The token is the key (anyone holding the link reads it); calendar-feed.test.ts checks every row is its owner's.
  'GET /api/calendar/{token}.ics': {
    public: true,
    format: 'ics',
    rows: (text: string) => [...text.matchAll(/^UID:(booking|signup)-([\w-]+)@linli/gm)].map((m) => ({ source: m[1] === 'booking' ? 'bookings' : 'registrations', key: m[2]! })),
  },
}

/** Answers that hold arrays of records but no rows of anyone's: why each needs no scope check. */
const notLists: Record<string, string> = {
  'GET /api/regions/{id}/assessment/scheme': "the region's own indicators, weights and targets",
  'PUT /api/regions/{id}/assessment/scheme': "the region's own indicators, weights and targets",
  'POST /api/centers': "the center's own opening hours",
  'GET /api/centers/{id}': "the center's own opening hours",
  'PATCH /api/centers/{id}': "the center's own opening hours",
  'GET /api/bookings/{id}/calendar.ics': 'one booking, under its own access rule',
  'GET /api/residents/me/export': "the signed-in resident's own data, without ids; account.test.ts checks another resident's is not in it",
  'GET /api/centers/{id}/export.zip': "a zip of the whole center for the district admins above it; portability.test.ts checks its rows are the center's",
  'GET /api/regions/{id}/export.zip': "a zip of the whole region for the district admins above it; portability.test.ts checks it holds only the region's centers",
  'GET /api/centers/{id}/holidays': 'the national calendar (statutory holidays and make-up days), no one\'s rows',
  'PUT /api/centers/{id}/holidays': 'the national calendar (statutory holidays and make-up days), no one\'s rows',
  'PUT /api/centers/{id}/holiday-exceptions/{date}': 'the national calendar (statutory holidays and make-up days), no one\'s rows',
  'GET /api/photos/{id}/{variant}': 'one image, under its record\'s access rule (records.test.ts checks an unpublished record\'s is not public)',
  'GET /api/co-building/agreements/{id}/attachment': "one file, under its agreement's access rule (co-building.test.ts checks another district's administrator gets 403)",
  'POST /api/centers/{id}/imports/{kind}': "the uploader's own file read back (cells and errors), before anything is written",
  'POST /api/regions/{id}/imports/{kind}': "the uploader's own file read back (cells and errors), before anything is written",
  'GET /api/imports/{id}': "an uploaded file read back, for its center's staff; imports.test.ts checks another center's staff get 403",
  'POST /api/imports/{id}/commit': "an uploaded file read back, for its center's staff; imports.test.ts checks another center's staff get 403",
  'GET /api/screens/me/check-in-tokens': "codes for the paired screen's own center only; check-in-tokens.test.ts checks another center's rooms are not in it",
}

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema }
type Doc = { paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema: Schema }> }> }>> }

/** Operations of the OpenAPI document that answer with records, a CSV or a calendar and have no entry above. */
export function uncheckedListOperations(doc: Doc): string[] {
  const listLike = (type: string, s: Schema) => type !== 'application/json' || Object.values(s.properties ?? {}).some((p) => p.type === 'array' && p.items?.type === 'object')
  return Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ op: `${m.toUpperCase()} ${path}`, op2: op })))
    .filter(({ op, op2 }) => !scopeSpecs[op] && !notLists[op] && Object.entries(op2.responses ?? {}).some(([status, r]) => status.startsWith('2') && Object.entries(r.content ?? {}).some(([type, c]) => listLike(type, c.schema))))
    .map(({ op }) => op)
}
