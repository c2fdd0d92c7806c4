import { type Component, computed } from 'vue'
import {
  Bell, Calendar, ChatLineSquare, CircleClose, Connection, DataAnalysis, DataBoard, Document, HomeFilled, House, List, MapLocation,
  Medal, Message, Monitor, OfficeBuilding, Picture, Postcard, Sunny, Trophy, User, UserFilled, Tickets,
} from '@element-plus/icons-vue'
// Carry the pending-requests and waiting-proposals badges, as the nav only renders an icon and a label per item.
import BookingsNavIcon from '../bookings/components/bookings-nav-icon.vue'
import ProposalsNavIcon from '../proposals/components/proposals-nav-icon.vue'
import { permissionsFor } from '../../composables/permissions'
import type { PagePermission } from '../../router'
import { useSessionStore } from '../../stores/session.store'

export interface NavItem {
  /** Route name, also used for `data-test="nav-<name>"`. */
  name: string
  /** i18n key of the menu text. */
  label: string
  icon: Component
  /** Shown only to those with this permission (the route checks the same). */
  needs?: PagePermission
}

/** The aside menu, one entry per feature. */
export const allNavItems: NavItem[] = [
  { name: 'today', label: 'nav.today', icon: Sunny },
  { name: 'centers', label: 'nav.centers', icon: OfficeBuilding },
  { name: 'rooms', label: 'nav.rooms', icon: House },
  { name: 'closures', label: 'closures.nav', icon: CircleClose },
  { name: 'calendar', label: 'nav.calendar', icon: Calendar },
  { name: 'bookings', label: 'nav.bookings', icon: BookingsNavIcon },
  { name: 'participation', label: 'nav.participation', icon: UserFilled },
  { name: 'residents', label: 'residents.nav', icon: Postcard },
  { name: 'households', label: 'households.nav', icon: HomeFilled },
  { name: 'volunteers', label: 'nav.volunteers', icon: Medal },
  { name: 'service-requests', label: 'nav.serviceRequests', icon: ChatLineSquare },
  { name: 'proposals', label: 'proposals.nav', icon: ProposalsNavIcon },
  { name: 'records', label: 'records.nav', icon: Picture },
  { name: 'co-building', label: 'coBuilding.nav', icon: Connection },
  { name: 'co-building-lists', label: 'coLists.nav', icon: List },
  { name: 'joint-meetings', label: 'jointMeetings.nav', icon: Tickets },
  { name: 'screens', label: 'nav.screens', icon: Monitor },
  { name: 'announcements', label: 'nav.announcements', icon: Bell },
  { name: 'notifications', label: 'nav.notifications', icon: Message },
  { name: 'staff', label: 'nav.staff', icon: User, needs: 'manageStaff' },
  { name: 'audit', label: 'nav.audit', icon: Document, needs: 'viewAudit' },
  { name: 'reports', label: 'nav.reports', icon: DataAnalysis },
  { name: 'assessment', label: 'assessment.nav', icon: Trophy, needs: 'viewDistrict' },
  { name: 'district-calendar', label: 'district.calendarNav', icon: MapLocation, needs: 'viewDistrict' },
  { name: 'district-screens', label: 'district.screensNav', icon: DataBoard, needs: 'viewDistrict' },
]

/** The entries the signed-in person may open; read lazily, after Pinia is installed. */
export const navItems = computed(() => {
  const can = permissionsFor(useSessionStore().me)
  return allNavItems.filter((item) => !item.needs || can[item.needs])
})
