import type { Me, StaffMember, StaffRole } from '@linli/contracts'

/** Which roles a viewer may give: district admins any within their region, managers only center staff. */
export function roleChoices(viewer: Pick<Me, 'role'> | null): StaffRole[] {
  if (viewer?.role === 'district_admin') return ['district_admin', 'center_manager', 'center_staff']
  if (viewer?.role === 'center_manager') return ['center_staff']
  return []
}

/** A district admin is placed in a region, center roles in a center. */
export const scopeKind = (role: StaffRole): 'region' | 'center' => (role === 'district_admin' ? 'region' : 'center')

export interface StaffActions {
  /** Open the edit dialog at all (at least the name). */
  edit: boolean
  /** Change role and scope in that dialog. */
  changeRole: boolean
  toggleActive: boolean
  resetPassword: boolean
}

const NONE: StaffActions = { edit: false, changeRole: false, toggleActive: false, resetPassword: false }
const ALL: StaffActions = { edit: true, changeRole: true, toggleActive: true, resetPassword: true }

/**
 * What a viewer may do to someone in the list, mirroring the API so no button ends in 403/400:
 * managers handle the center staff of their own center (name and password; the role and center
 * are fixed), district admins everyone listed; nobody changes their own role, scope or access,
 * and one's own password is changed from the account menu, which asks for the current one.
 */
export function staffActions(viewer: Me | null, member: StaffMember): StaffActions {
  if (!viewer || viewer.role === 'center_staff') return NONE
  if (member.id === viewer.id) return viewer.role === 'district_admin' ? { ...NONE, edit: true } : NONE
  if (viewer.role === 'district_admin') return ALL
  const ownStaff = member.role === 'center_staff' && member.centerId === viewer.centerId
  return ownStaff ? { ...ALL, changeRole: false } : NONE
}
