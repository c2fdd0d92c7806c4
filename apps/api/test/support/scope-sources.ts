import { sql } from 'kysely'
import type { Database } from '../../src/db/database'

/** Where a row lives, as the database has it: its center or region, and the parents a URL can name. */
export interface Owner {
  center: string | null
  region: string | null
  resident: string | null
  room: string | null
  occurrence: string | null
  team: string | null
  group: string | null
  /** Announcements and emergencies of a region reach every center below it. */
  reach: boolean
}

/**
 * Per kind of row, a query giving each row's key and owner. Written here, from the tables, rather than
 * with the API's own scope helpers: a bug in those must not be able to hide itself.
 */
const SOURCES: Record<string, string> = {
  regions: `select id::text as key, null::text as center, id::text as region from regions`,
  centers: `select id::text as key, id::text as center from centers`,
  centers_by_name: `select name as key, id::text as center from centers`,
  rooms: `select id::text as key, center_id::text as center, id::text as room from rooms`,
  rooms_by_name: `select name as key, center_id::text as center, id::text as room from rooms`,
  occurrences: `select id::text as key, center_id::text as center, id::text as occurrence, room_id::text as room from occurrences`,
  bookings: `select id::text as key, center_id::text as center, room_id::text as room, resident_id::text as resident from bookings`,
  screens: `select id::text as key, center_id::text as center, room_id::text as room from screens`,
  announcements: `select id::text as key, center_id::text as center, region_id::text as region, true as reach from announcements`,
  emergencies: `select id::text as key, center_id::text as center, region_id::text as region, true as reach from emergencies`,
  staff: `select id::text as key, center_id::text as center, region_id::text as region from staff`,
  // An entry without a center belongs where the staff member who made it works.
  audit_log: `select l.id::text as key, coalesce(l.center_id, s.center_id)::text as center, case when l.center_id is null then s.region_id::text end as region
    from audit_log l left join staff s on s.id = l.actor_id`,
  audit_entries: `select concat_ws('|', coalesce(l.request_id, ''), l.entity, l.entity_id, l.action) as key, coalesce(l.center_id, s.center_id)::text as center,
    case when l.center_id is null then s.region_id::text end as region from audit_log l left join staff s on s.id = l.actor_id`,
  volunteer_teams: `select id::text as key, center_id::text as center, id::text as team from volunteer_teams`,
  teams_by_name: `select name as key, center_id::text as center, id::text as team from volunteer_teams`,
  volunteer_members: `select id::text as key, center_id::text as center, team_id::text as team, resident_id::text as resident from volunteer_members`,
  volunteer_service: `select id::text as key, center_id::text as center from volunteer_service`,
  service_requests: `select id::text as key, center_id::text as center, resident_id::text as resident from service_requests`,
  registrations: `select id::text as key, center_id::text as center, occurrence_id::text as occurrence, resident_id::text as resident from registrations`,
  check_ins: `select id::text as key, center_id::text as center, occurrence_id::text as occurrence, resident_id::text as resident from check_ins`,
  suspensions: `select id::text as key, center_id::text as center, resident_id::text as resident from suspensions`,
  resident_groups: `select id::text as key, center_id::text as center, id::text as "group" from resident_groups`,
  // A group's members are keyed by resident; the group is the URL's, so each row is looked up under it.
  group_members: `select m.resident_id::text as key, g.center_id::text as center, g.id::text as "group", m.resident_id::text as resident
    from resident_group_members m join resident_groups g on g.id = m.group_id`,
  notifications: `select id::text as key, center_id::text as center, resident_id::text as resident from notifications`,
  notification_deliveries: `select d.id::text as key, n.center_id::text as center, n.resident_id::text as resident
    from notification_deliveries d join notifications n on n.id = d.notification_id`,
  // A link is both residents' (the proxy's and the member's), and its desk's center's.
  family_links: `select id::text as key, center_id::text as center, proxy_resident_id::text as resident from family_links
    union all select id::text as key, center_id::text as center, member_resident_id::text as resident from family_links`,
  proposals: `select id::text as key, center_id::text as center, resident_id::text as resident from proposals`,
  closures: `select id::text as key, center_id::text as center, room_id::text as room from closures`,
  approval_chains: `select id::text as key, center_id::text as center, room_id::text as room from approval_chains`,
  households: `select id::text as key, center_id::text as center from households`,
  activity_records: `select id::text as key, center_id::text as center from activity_records`,
  // A unit's resources are its region's (seen below it) and each partner's; needs, projects and meetings are their center's or region's.
  co_building_resources: `select r.id::text as key, null::text as center, u.region_id::text as region, true as reach
    from co_building_resources r join co_building_units u on u.id = r.unit_id
    union all select r.id::text as key, p.center_id::text as center, p.region_id::text as region, true as reach
    from co_building_resources r join co_building_partners p on p.unit_id = r.unit_id`,
  co_building_needs: `select id::text as key, center_id::text as center, region_id::text as region from co_building_needs`,
  co_building_projects: `select id::text as key, center_id::text as center, region_id::text as region from co_building_projects`,
  joint_meetings: `select id::text as key, center_id::text as center, region_id::text as region from joint_meetings`,
  // A co-building unit is its region's, and seen by each center it works with; an agreement is its partner's and its unit's region's.
  co_building_units: `select id::text as key, null::text as center, region_id::text as region from co_building_units
    union all select unit_id::text as key, center_id::text as center, null::text as region from co_building_partners where center_id is not null`,
  co_building_agreements: `select id::text as key, center_id::text as center, region_id::text as region from co_building_agreements
    union all select a.id::text as key, null::text as center, u.region_id::text as region from co_building_agreements a join co_building_units u on u.id = a.unit_id`,
  // A region's organisation serves every center below it.
  organisations: `select id::text as key, center_id::text as center, region_id::text as region, true as reach from organisations`,
  // A resident's own organisations, keyed by the organisation.
  organisation_members: `select organisation_id::text as key, o.center_id::text as center, o.region_id::text as region, true as reach, resident_id::text as resident
    from organisation_members m join organisations o on o.id = m.organisation_id`,
  // A resident belongs to every center that knows them: its desk registered them, or they booked or signed up there.
  desk_residents: `select k.resident_id::text as key, k.center_id::text as center, k.resident_id::text as resident from (
    select center_id, resident_id from center_residents union select center_id, resident_id from bookings where resident_id is not null
    union select center_id, resident_id from registrations) k`,
  // The residents export names them (its numbers are masked): a name is checked against every resident of that name.
  desk_residents_by_name: `select r.name as key, k.center_id::text as center from (
    select center_id, resident_id from center_residents union select center_id, resident_id from bookings where resident_id is not null
    union select center_id, resident_id from registrations) k join residents r on r.id = k.resident_id`,
}

const COLUMNS = ['center', 'region', 'resident', 'room', 'occurrence', 'team', 'group'] as const

/** The owners of these keys of one source (several when a name is shared), keyed by key. */
export async function ownersOf(db: Database, source: string, keys: string[], group?: string): Promise<Map<string, Owner[]>> {
  const query = SOURCES[source]
  if (!query) throw new Error(`scope check: no source ${source}`)
  const found = new Map<string, Owner[]>()
  if (!keys.length) return found
  const underGroup = group ? sql` and t."group" = ${group}` : sql``
  const { rows } = await sql<Record<string, unknown>>`select * from (${sql.raw(query)}) t where t.key in (${sql.join([...new Set(keys)])})${underGroup}`.execute(db)
  for (const r of rows) {
    const owner = Object.fromEntries(COLUMNS.map((c) => [c, (r[c] as string | undefined) ?? null])) as Omit<Owner, 'reach'>
    found.set(r.key as string, [...(found.get(r.key as string) ?? []), { ...owner, reach: r.reach === true }])
  }
  return found
}

/** The region tree and the region of every center, freshly read (the matrix creates centers as it goes). */
export async function loadRegionMap(db: Database) {
  const regions = await db.selectFrom('regions').select(['id', 'parent_id']).execute()
  const centers = await db.selectFrom('centers').select(['id', 'region_id']).execute()
  const parent = new Map(regions.map((r) => [r.id, r.parent_id]))
  const centerRegion = new Map(centers.map((c) => [c.id, c.region_id]))
  const subtree = (root: string) => {
    const out = new Set([root])
    for (let grew = true; grew;) {
      grew = false
      for (const [id, p] of parent) {
        if (p && out.has(p) && !out.has(id)) {
          out.add(id)
          grew = true
        }
      }
    }
    return out
  }
  const above = (regionId: string | undefined) => {
    const out = new Set<string>()
    for (let r = regionId ?? null; r; r = parent.get(r) ?? null) out.add(r)
    return out
  }
  return { centerRegion, subtree, above }
}
export type RegionMap = Awaited<ReturnType<typeof loadRegionMap>>
