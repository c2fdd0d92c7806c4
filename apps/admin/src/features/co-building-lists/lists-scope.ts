import type { Center, Me, Region } from '@linli/contracts'
import { ApiError } from '@linli/api-client'

/** Whose lists the page shows: one center's, or a region's (its own and its centers' needs and projects). */
export type ListsScope = { kind: 'center'; id: string } | { kind: 'region'; id: string }

/** The region and every region below it, in the order given (district admins work in their subtree). */
export function regionsWithin(regions: readonly Region[], rootId: string | null | undefined): Region[] {
  if (!rootId) return []
  const inside = new Set([rootId])
  for (let grew = true; grew;) {
    grew = false
    for (const r of regions) if (r.parentId && inside.has(r.parentId) && !inside.has(r.id)) { inside.add(r.id); grew = true }
  }
  return regions.filter((r) => inside.has(r.id))
}

/**
 * The scope from the URL (?center= or ?region=) when it is one the person may open; else their own
 * center, else their own region (district admins), else the first center in reach.
 */
export function chooseScope(
  query: { center?: unknown; region?: unknown }, me: Pick<Me, 'centerId' | 'regionId'> | null, centers: readonly Pick<Center, 'id'>[], regions: readonly Pick<Region, 'id'>[],
): ListsScope | undefined {
  const center = (id: unknown) => (typeof id === 'string' && centers.some((c) => c.id === id) ? id : undefined)
  const region = (id: unknown) => (typeof id === 'string' && regions.some((r) => r.id === id) ? id : undefined)
  const asCenter = center(query.center)
  if (asCenter) return { kind: 'center', id: asCenter }
  const asRegion = region(query.region)
  if (asRegion) return { kind: 'region', id: asRegion }
  const own = center(me?.centerId)
  if (own) return { kind: 'center', id: own }
  const ownRegion = region(me?.regionId)
  if (ownRegion) return { kind: 'region', id: ownRegion }
  return centers[0] ? { kind: 'center', id: centers[0].id } : undefined
}

/** The select's value for a scope, and back: `center:<id>` or `region:<id>`. */
export const scopeKey = (s: ListsScope | undefined) => (s ? `${s.kind}:${s.id}` : '')
export function parseScopeKey(key: string): ListsScope | undefined {
  const [kind, id] = key.split(':')
  return (kind === 'center' || kind === 'region') && id ? { kind, id } : undefined
}

/**
 * Codes whose app-wide text speaks of another feature (invalid_transition is worded for 民情诉求):
 * on this page they get the lists' own text.
 */
const OWN_TEXTS: Record<string, string> = { invalid_transition: 'coLists.errors.invalidTransition' }
export const ownErrorKey = (err: unknown) => (err instanceof ApiError ? OWN_TEXTS[err.code] : undefined)
