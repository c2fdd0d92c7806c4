import type { Center, Me } from '@linli/contracts'

/**
 * What a role may do, used only to hide controls; the API enforces the same rules (403).
 * district_admin: every center of their region; center_manager: own center, its rooms and activities;
 * center_staff: rooms and activities of their own center.
 */
export function permissionsFor(me: Me | null) {
  const role = me?.role
  const ownCenter = (centerId: string) => me?.centerId === centerId
  return {
    createCenter: role === 'district_admin',
    deleteCenter: role === 'district_admin',
    editCenter: (center: Pick<Center, 'id'>) =>
      role === 'district_admin' || (role === 'center_manager' && ownCenter(center.id)),
    editRooms: (centerId: string) => role === 'district_admin' || (!!role && ownCenter(centerId)),
    editActivities: (centerId: string) => role === 'district_admin' || (!!role && ownCenter(centerId)),
    /** Decide, check in, cancel and book on someone's behalf: like rooms, any staff of the center. */
    manageBookings: (centerId: string) => role === 'district_admin' || (!!role && ownCenter(centerId)),
    /** Booking rules (center defaults, room overrides) are the manager's, like the center itself. */
    editBookingRules: (centerId: string) => role === 'district_admin' || (role === 'center_manager' && ownCenter(centerId)),
    /** Screens, announcements and emergencies of a center: its manager's; staff only look. */
    manageScreens: (centerId: string) => role === 'district_admin' || (role === 'center_manager' && ownCenter(centerId)),
    /** Announcements and emergencies for a whole region. */
    announceToRegions: role === 'district_admin',
    /** Sign-up lists, check-ins, target groups, volunteers and service requests: any staff of the center (features/participation and neighbours). */
    manageParticipation: (centerId: string) => role === 'district_admin' || (!!role && ownCenter(centerId)),
    /** Waitlist, check-in and volunteer point rules are the manager's, like booking rules. */
    editParticipationRules: (centerId: string) => role === 'district_admin' || (role === 'center_manager' && ownCenter(centerId)),
    /** Staff accounts and the audit log of their scope: managers and district admins, not center staff. */
    manageStaff: role === 'district_admin' || role === 'center_manager',
    viewAudit: role === 'district_admin' || role === 'center_manager',
    /** Residents exported with whole phone numbers (audited): a center's manager or a district admin, not its staff. */
    exportFullPhones: (centerId: string) => role === 'district_admin' || (role === 'center_manager' && ownCenter(centerId)),
    /** The district view (全区日历, 全区大屏): every center of the admin's region at once. */
    viewDistrict: role === 'district_admin',
  }
}

export type Permissions = ReturnType<typeof permissionsFor>
