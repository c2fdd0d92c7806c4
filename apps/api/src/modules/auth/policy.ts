import type { Database } from '../../db/database'
import { forbidden, notFound } from '../../plugins/errors'
import { isRegionWithin } from '../regions/regions.repository'
import type { StaffRole } from '@linli/contracts'

/** Who is asking: the signed-in staff member and their scope. */
export interface Actor {
  id: string
  role: StaffRole
  regionId: string | null
  centerId: string | null
}

export type CenterAction =
  | 'edit_center' | 'delete_center' | 'manage_rooms' | 'manage_activities' | 'view_internal' | 'manage_screens'
  | 'manage_participation' | 'edit_participation_policy' | 'manage_volunteers' | 'manage_service_requests' | 'view_reports'
  | 'manage_notifications' | 'register_residents' | 'export_full_phones'

const centerRoles: Record<CenterAction, StaffRole[]> = {
  edit_center: ['district_admin', 'center_manager'],
  delete_center: ['district_admin'],
  manage_rooms: ['district_admin', 'center_manager', 'center_staff'],
  manage_activities: ['district_admin', 'center_manager', 'center_staff'],
  view_internal: ['district_admin', 'center_manager', 'center_staff'],
  // Staff run the day; screens, announcements and emergencies are the manager's.
  manage_screens: ['district_admin', 'center_manager'],
  // Sign-up lists, check-ins, target groups; volunteers; the service hall's requests: the day's work.
  manage_participation: ['district_admin', 'center_manager', 'center_staff'],
  edit_participation_policy: ['district_admin', 'center_manager'],
  manage_volunteers: ['district_admin', 'center_manager', 'center_staff'],
  manage_service_requests: ['district_admin', 'center_manager', 'center_staff'],
  view_reports: ['district_admin', 'center_manager', 'center_staff'],
  // Who was told what, and resending what failed: part of answering residents at the desk.
  manage_notifications: ['district_admin', 'center_manager', 'center_staff'],
  // The service desk: finding residents, registering them and handing them a sign-in QR.
  register_residents: ['district_admin', 'center_manager', 'center_staff'],
  // Residents' whole numbers in a file that leaves the system (for re-import): the manager's call, audited.
  export_full_phones: ['district_admin', 'center_manager'],
}

/** Whether the role may do the action at all, wherever; `assertCenterAccess` adds the center's scope. */
export const roleAllows = (role: StaffRole, action: CenterAction) => centerRoles[action].includes(role)

/** Throws unless the actor's role allows the action and the center lies in their scope. */
export async function assertCenterAccess(db: Database, actor: Actor, centerId: string, action: CenterAction) {
  const center = await db.selectFrom('centers').select(['id', 'region_id']).where('id', '=', centerId).executeTakeFirst()
  if (!center) throw notFound('Center')
  if (!roleAllows(actor.role, action)) throw forbidden('Your role may not do this')
  const inScope =
    actor.role === 'district_admin'
      ? actor.regionId !== null && (await isRegionWithin(db, center.region_id, actor.regionId))
      : actor.centerId === centerId
  if (!inScope) throw forbidden('This center is outside your scope')
}

/** Throws unless the actor is a district admin whose region contains `regionId`. */
export async function assertRegionAccess(db: Database, actor: Actor, regionId: string) {
  if (actor.role !== 'district_admin' || actor.regionId === null) throw forbidden('Only district administrators manage regions and centers')
  if (!(await isRegionWithin(db, regionId, actor.regionId))) throw forbidden('This region is outside your scope')
}
