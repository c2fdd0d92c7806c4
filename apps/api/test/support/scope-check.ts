import type { Database } from '../../src/db/database'
import { type Owner, type RegionMap, loadRegionMap, ownersOf } from './scope-sources'
import { scopeSpecs } from './scope-specs'

/** Who a caller is, as the database knows them. */
export type Identity = { kind: 'anon' } | { kind: 'screen'; centerId: string } | { kind: 'resident'; id: string } | { kind: 'staff'; id: string }

/** What a caller may see: centers, regions (their own subtree) and the regions above them whose notices reach them. */
interface Scope { centers: Set<string>; regions: Set<string>; reach: Set<string>; resident: string | null }

async function scopeOf(db: Database, map: RegionMap, who: Identity): Promise<Scope> {
  const none: Scope = { centers: new Set(), regions: new Set(), reach: new Set(), resident: null }
  if (who.kind === 'resident') return { ...none, resident: who.id }
  if (who.kind !== 'staff') return none
  const s = await db.selectFrom('staff').select(['role', 'center_id', 'region_id']).where('id', '=', who.id).executeTakeFirstOrThrow()
  if (s.role !== 'district_admin') return { ...none, centers: new Set([s.center_id!]), reach: map.above(map.centerRegion.get(s.center_id!)) }
  const regions = map.subtree(s.region_id!)
  const centers = new Set([...map.centerRegion].filter(([, r]) => regions.has(r)).map(([c]) => c))
  return { ...none, centers, regions, reach: new Set([...regions, ...map.above(s.region_id!)]) }
}

/** Whether a side (a center, and the resident whose things live there) is inside a caller's scope. */
export async function owns(db: Database, who: Identity, side: { centerId: string; resident: { id: string } }): Promise<boolean> {
  if (who.kind === 'resident') return who.id === side.resident.id
  if (who.kind === 'screen') return who.centerId === side.centerId
  return who.kind === 'staff' && (await scopeOf(db, await loadRegionMap(db), who)).centers.has(side.centerId)
}

function callerSees(scope: Scope, o: Owner): boolean {
  if (scope.resident) return o.resident === scope.resident
  if (o.center) return scope.centers.has(o.center)
  return o.region !== null && (o.reach ? scope.reach : scope.regions).has(o.region)
}

/** What each kind of URL segment names in a row, and whether a row lies under it. */
const underPath: Record<string, (o: Owner, id: string, map: RegionMap) => boolean> = {
  centers: (o, id, map) => o.center === id || (o.reach && o.center === null && map.above(map.centerRegion.get(id)).has(o.region!)),
  regions: (o, id, map) => map.subtree(id).has((o.center ? map.centerRegion.get(o.center) : o.region) ?? ''),
  rooms: (o, id) => o.room === id,
  occurrences: (o, id) => o.occurrence === id,
  residents: (o, id) => o.resident === id,
  'volunteer-teams': (o, id) => o.team === id,
  groups: (o, id) => o.group === id,
  // A quarter (2026-Q4) is a period, not an owner: it narrows no row's place.
  quarters: () => true,
}

/** The ids a URL names, by the segment before them (`centers` → the center id), and a `centerId` filter. */
export function pathIds(op: string, url: string): [string, string][] {
  const [template, query] = [op.split(' ')[1]!.split('/'), new URL(url, 'http://x').searchParams]
  const actual = new URL(url, 'http://x').pathname.split('/')
  const named = template.flatMap((seg, i) => (/^\{\w+\}$/.test(seg) ? [[template[i - 1]!, actual[i]!] as [string, string]] : []))
  return query.get('centerId') ? [...named, ['centers', query.get('centerId')!]] : named
}

/**
 * Checks list and report answers row by row: each row must lie under what the URL names and, unless
 * the list is public, inside the caller's scope (centers, a region's subtree, or the resident's own).
 */
export function newScopeChecker(db: Database, identities: Record<string, Identity>) {
  const stats = { bodies: 0, rows: 0 }
  const leaks = new Map<string, { rows: number; example: string }>()
  /** The lists each caller read successfully, by the center of the side they were sent against. */
  const read: { op: string; url: string; caller: string; centerId?: string }[] = []

  async function check(op: string, url: string, caller: string, res: { statusCode: number; body: string; headers: Record<string, unknown> }, centerId?: string) {
    const spec = scopeSpecs[op]
    if (!spec || res.statusCode >= 300) return
    if (op.startsWith('GET ')) read.push({ op, url, caller, centerId })
    // A spreadsheet's rows are the CSV's; the CSV is checked, the spreadsheet only for not changing (scope-blind.ts).
    if (String(res.headers['content-type']).includes('spreadsheetml')) return
    const refs = spec.format ? spec.rows(res.body) : spec.rows(JSON.parse(res.body))
    const map = await loadRegionMap(db)
    const scope = await scopeOf(db, map, identities[caller]!)
    const path = spec.pathNamesSubject ? [] : pathIds(op, url)
    const group = path.find(([kind]) => kind === 'groups')?.[1]
    const bySource = new Map<string, typeof refs>()
    for (const r of refs) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r])
    stats.bodies++
    for (const [source, list] of bySource) {
      const owners = await ownersOf(db, source, list.map((r) => r.key), group)
      for (const ref of list) {
        stats.rows++
        const candidates = owners.get(ref.key) ?? []
        const fits = (o: Owner) => (spec.public || spec.global || callerSees(scope, o)) && path.every(([kind, id]) => {
          if (!underPath[kind]) throw new Error(`scope check: ${op} names a ${kind}, which the check cannot place`)
          return underPath[kind](o, id, map)
        })
        if (candidates.some(fits)) continue
        const key = `${op} as ${caller}`
        const why = candidates.length ? `belongs to ${JSON.stringify(candidates[0])}` : 'is not in the database under that path'
        leaks.set(key, { rows: (leaks.get(key)?.rows ?? 0) + 1, example: leaks.get(key)?.example ?? `${url}: ${source} ${ref.key} ${why}` })
      }
    }
  }

  const report = () => [...leaks].map(([key, l]) => `${key}: ${l.rows} row(s) outside the caller's scope, e.g. ${l.example}`)
  return { check, stats, report, read }
}
