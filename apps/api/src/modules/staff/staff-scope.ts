import type { StaffRole } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest, forbidden } from '../../plugins/errors'
import type { Actor } from '../auth/policy'
import { subtreeQuery } from '../regions/regions.repository'

export interface StaffScope { centerIds: string[]; regionIds: string[] }

/** The centers and regions whose staff an actor may see: a district admin's region, a manager's center. */
export async function staffScopeOf(db: Database, actor: Actor): Promise<StaffScope> {
  if (actor.role === 'district_admin' && actor.regionId) {
    const regionIds = (await subtreeQuery(db, actor.regionId).execute()).map((r) => r.id)
    const centerIds = (await db.selectFrom('centers').select('id').where('region_id', 'in', regionIds).execute()).map((c) => c.id)
    return { centerIds, regionIds }
  }
  return { centerIds: actor.centerId ? [actor.centerId] : [], regionIds: [] }
}

/**
 * Whether an actor may give someone this role and scope: district admins within their region,
 * center managers only staff of their own center; center staff manage nobody.
 */
export function assertMayAssign(actor: Actor, scope: StaffScope, target: { role: StaffRole; regionId: string | null; centerId: string | null }) {
  if (actor.role === 'center_staff') throw forbidden('Center staff cannot manage staff')
  if (target.role === 'district_admin' ? !target.regionId || target.centerId : !target.centerId || target.regionId)
    throw badRequest('invalid_scope', 'A district admin needs a region; center roles need a center')
  if (actor.role === 'center_manager' && (target.role !== 'center_staff' || target.centerId !== actor.centerId))
    throw forbidden('A center manager manages only the staff of their own center')
  const inScope = target.centerId ? scope.centerIds.includes(target.centerId) : scope.regionIds.includes(target.regionId!)
  if (!inScope) throw forbidden('This is outside your scope')
}
