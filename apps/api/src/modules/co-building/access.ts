import type { Database } from '../../db/database'
import { forbidden, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess, assertRegionAccess, roleAllows } from '../auth/policy'
import { isRegionWithin } from '../regions/regions.repository'
import { findUnit, unitWorksWithCenter } from './units.repository'

/**
 * Who may do what with co-building units (驻区单位):
 * - a unit is the region's: district administrators whose region holds it register, edit and delete it
 *   and choose its partners (centers and regions of their own scope);
 * - a center's staff see the units working with their center, and its managers sign and edit the
 *   agreements with their center (like editing the center itself); an agreement with a region is the
 *   district administrators'.
 */
export async function loadUnitFor(db: Database, actor: Actor, unitId: string, mode: 'read' | 'write') {
  const unit = await findUnit(db, unitId)
  if (!unit) throw notFound('Co-building unit')
  if (actor.role === 'district_admin') {
    if (actor.regionId === null || !(await isRegionWithin(db, unit.region_id, actor.regionId))) throw forbidden('This unit is outside your scope')
    return unit
  }
  if (mode === 'write') throw forbidden('Only district administrators register and edit co-building units')
  if (!roleAllows(actor.role, 'view_internal') || actor.centerId === null || !(await unitWorksWithCenter(db, unitId, actor.centerId)))
    throw forbidden('This unit does not work with your center')
  return unit
}

/** The actor may add this center or region as a partner (or sign an agreement with it). */
export async function assertPartnerAccess(db: Database, actor: Actor, partner: { centerId?: string | null; regionId?: string | null }) {
  if (partner.centerId) await assertCenterAccess(db, actor, partner.centerId, 'edit_center')
  else if (partner.regionId) await assertRegionAccess(db, actor, partner.regionId)
}

/** Center roles see only their own center's agreements; district administrators see all of a unit's. */
export const agreementCenterFilter = (actor: Actor) => (actor.role === 'district_admin' ? undefined : actor.centerId ?? undefined)
