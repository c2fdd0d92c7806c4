import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess, assertRegionAccess } from '../auth/policy'
import { type OwnerRef, findCenterPlace, findRegionPlace, foreignUnits, regionTimeZone } from './owner.repository'

/** An owner placed: its name, zone, and for a center the region it sits in. */
export interface Owner extends OwnerRef { name: string; timeZone: string; centerRegionId?: string }

/**
 * Scope of co-building work: a center's staff and managers run their center's needs, projects and
 * joint meetings (as they run its activities); district and subdistrict admins those of their
 * regions and of every center below.
 */
export async function placeOwner(db: Database, actor: Actor, ref: { centerId?: string | null; regionId?: string | null }): Promise<Owner> {
  if (!ref.centerId === !ref.regionId)
    throw badRequest('owner_required', 'Name exactly one of a center (centerId) or a region (regionId); nothing was saved', [{ path: 'body/centerId', message: 'exactly one of centerId and regionId' }])
  if (ref.centerId) {
    await assertCenterAccess(db, actor, ref.centerId, 'manage_activities')
    const c = (await findCenterPlace(db, ref.centerId))!
    return { centerId: c.id, regionId: null, name: c.name, timeZone: c.time_zone, centerRegionId: c.region_id }
  }
  const region = await findRegionPlace(db, ref.regionId!)
  if (!region) throw notFound('Region')
  await assertRegionAccess(db, actor, region.id)
  return { centerId: null, regionId: region.id, name: region.name, timeZone: (await regionTimeZone(db, region.id)) ?? DEFAULT_TIME_ZONE }
}

/** Placing an owner for reading only: the same scope (co-building work is not public). */
export const placeRowOwner = (db: Database, actor: Actor, row: { center_id: string | null; region_id: string | null }) =>
  placeOwner(db, actor, { centerId: row.center_id, regionId: row.region_id })

/** 400 unless every unit works with the owner: another district's unit is refused, nothing written. */
export async function assertOwnerUnits(db: Database, owner: Owner, unitIds: readonly string[], path: string) {
  const foreign = await foreignUnits(db, owner, owner.centerRegionId, unitIds)
  if (foreign.length) throw badRequest('unit_not_here', `${foreign.length} of the units do not work with ${owner.name}; nothing was saved`,
    foreign.map((id) => ({ path, message: `unit ${id} does not work with this center or region` })))
}
