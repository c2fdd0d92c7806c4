import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router'
import { useSessionStore } from './stores/session.store'
import { type Permissions, permissionsFor } from './composables/permissions'
import { landingRoute } from './features/today/today-view'

/** The yes/no permissions (not those asked per center), which a whole page can need. */
export type PagePermission = { [K in keyof Permissions]: Permissions[K] extends boolean ? K : never }[keyof Permissions]

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** A permission the page needs; without it the guard sends the person to the start page. */
    needs?: PagePermission
    /** The menu entry to highlight when the page has none of its own (a sign-up list is part of the calendar). */
    nav?: string
  }
}

export const router = createRouter({
  history: createWebHistory('/admin/'),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./features/auth/login-page.vue'),
      meta: { public: true },
    },
    // The printable monthly report: a sheet of paper on its own, outside the menu and header.
    { path: '/reports/print', name: 'reports-print', component: () => import('./features/reports/print/report-print-page.vue') },
    {
      path: '/',
      component: () => import('./features/shell/app-shell.vue'),
      children: [
        // Where sign-in lands: the guard sends each role to its start page (landingRoute).
        { path: '', name: 'home', component: () => import('./features/today/today-page.vue') },
        { path: 'today', name: 'today', component: () => import('./features/today/today-page.vue') },
        { path: 'centers', name: 'centers', component: () => import('./features/centers/centers-page.vue') },
        { path: 'rooms', name: 'rooms', component: () => import('./features/rooms/rooms-page.vue') },
        { path: 'calendar', name: 'calendar', component: () => import('./features/activities/calendar-page.vue') },
        { path: 'bookings', name: 'bookings', component: () => import('./features/bookings/bookings-page.vue') },
        {
          path: 'calendar/occurrences/:occurrenceId', name: 'occurrence-roster', props: true, meta: { nav: 'calendar' },
          component: () => import('./features/participation/roster-page.vue'),
        },
        { path: 'residents', name: 'residents', component: () => import('./features/residents/residents-page.vue') },
        { path: 'households', name: 'households', component: () => import('./features/households/households-page.vue') },
        { path: 'participation', name: 'participation', component: () => import('./features/participation/participation-page.vue') },
        { path: 'volunteers', name: 'volunteers', component: () => import('./features/volunteers/volunteers-page.vue') },
        { path: 'service-requests', name: 'service-requests', component: () => import('./features/service-requests/service-requests-page.vue') },
        { path: 'proposals', name: 'proposals', component: () => import('./features/proposals/proposals-page.vue') },
        { path: 'records', name: 'records', component: () => import('./features/records/records-page.vue') },
        { path: 'co-building', name: 'co-building', component: () => import('./features/co-building/co-building-page.vue') },
        { path: 'co-building/lists', name: 'co-building-lists', component: () => import('./features/co-building-lists/co-building-lists-page.vue') },
        { path: 'co-building/meetings', name: 'joint-meetings', component: () => import('./features/joint-meetings/joint-meetings-page.vue') },
        { path: 'closures', name: 'closures', component: () => import('./features/closures/closures-page.vue') },
        { path: 'screens', name: 'screens', component: () => import('./features/screens/screens-page.vue') },
        { path: 'announcements', name: 'announcements', component: () => import('./features/announcements/announcements-page.vue') },
        { path: 'notifications', name: 'notifications', component: () => import('./features/notifications/notifications-page.vue') },
        { path: 'staff', name: 'staff', component: () => import('./features/staff/staff-page.vue'), meta: { needs: 'manageStaff' } },
        { path: 'audit', name: 'audit', component: () => import('./features/audit/audit-page.vue'), meta: { needs: 'viewAudit' } },
        { path: 'reports', name: 'reports', component: () => import('./features/reports/reports-page.vue') },
        { path: 'assessment', name: 'assessment', component: () => import('./features/assessment/assessment-page.vue'), meta: { needs: 'viewDistrict' } },
        { path: 'district/calendar', name: 'district-calendar', component: () => import('./features/district/district-calendar-page.vue'), meta: { needs: 'viewDistrict' } },
        { path: 'district/screens', name: 'district-screens', component: () => import('./features/district/district-screens-page.vue'), meta: { needs: 'viewDistrict' } },
      ],
    },
    { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
  ],
})

/** Only same-app paths are followed after sign-in, never another origin. */
export function safeRedirect(value: unknown): RouteLocationRaw {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : { name: 'home' }
}

router.beforeEach(async (to) => {
  const session = useSessionStore()
  const me = await session.load()
  if (!me && !to.meta.public) return { name: 'login', query: { redirect: to.fullPath } }
  if (me && to.name === 'login') return safeRedirect(to.query.redirect)
  if (me && to.name === 'home') return { name: landingRoute(me.role), replace: true }
  if (me && to.meta.needs && !permissionsFor(me)[to.meta.needs]) return { name: 'home' }
  return true
})
