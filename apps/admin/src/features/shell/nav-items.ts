import type { Component } from 'vue'
import { Calendar, House, OfficeBuilding } from '@element-plus/icons-vue'
// Carries the pending-requests badge, as the nav only renders an icon and a label per item.
import BookingsNavIcon from '../bookings/components/bookings-nav-icon.vue'
import { Bell, Monitor } from '@element-plus/icons-vue'

export interface NavItem {
  /** Route name, also used for `data-test="nav-<name>"`. */
  name: string
  /** i18n key of the menu text. */
  label: string
  icon: Component
}

/** The aside menu, one entry per feature. Bookings, screens and reports go here next. */
export const navItems: NavItem[] = [
  { name: 'centers', label: 'nav.centers', icon: OfficeBuilding },
  { name: 'rooms', label: 'nav.rooms', icon: House },
  { name: 'calendar', label: 'nav.calendar', icon: Calendar },
  { name: 'bookings', label: 'nav.bookings', icon: BookingsNavIcon },
  { name: 'screens', label: 'nav.screens', icon: Monitor },
  { name: 'announcements', label: 'nav.announcements', icon: Bell },
]
