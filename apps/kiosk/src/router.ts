import { createRouter, createWebHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHistory('/kiosk/'),
  routes: [
    // A paired screen shows its layout here; an unpaired one shows its pairing code.
    { path: '/', name: 'screen', component: () => import('./features/pairing/screen-page.vue') },
    // Staff previews: choose a center, then see its lobby board without pairing.
    { path: '/centers', name: 'pick-center', component: () => import('./features/pick-center/pick-center-page.vue') },
    {
      path: '/centers/:centerId',
      name: 'lobby',
      component: () => import('./features/lobby/lobby-page.vue'),
      props: true,
    },
    // Residents' phone pages, reached from QR codes on lobby screens and at room doors.
    {
      path: '/m',
      component: () => import('./features/booking/shell/phone-shell.vue'),
      children: [
        { path: '', name: 'm-home', component: () => import('./features/booking/centers-page.vue') },
        { path: 'centers/:centerId', name: 'm-center', component: () => import('./features/booking/center-page.vue'), props: true },
        { path: 'rooms/:roomId', name: 'm-room', component: () => import('./features/booking/room-page.vue'), props: true },
        { path: 'rooms/:roomId/check-in', name: 'm-check-in', component: () => import('./features/booking/check-in-page.vue'), props: true },
        { path: 'bookings', name: 'm-bookings', component: () => import('./features/account/my-bookings-page.vue') },
        { path: 'login', name: 'm-login', component: () => import('./features/account/login-page.vue') },
        // Activities: sign up, my registrations (with volunteering), and check-in from a lobby or door code.
        { path: 'centers/:centerId/activities', name: 'm-signups', component: () => import('./features/participation/signups-page.vue'), props: true },
        { path: 'registrations', name: 'm-registrations', component: () => import('./features/participation/my-registrations-page.vue') },
        { path: 'check-in/:occurrenceId', name: 'm-activity-check-in', component: () => import('./features/participation/activity-check-in-page.vue'), props: true },
        // The bell's inbox; each notification links on to the page it is about.
        { path: 'notifications', name: 'm-notifications', component: () => import('./features/notifications/notifications-page.vue') },
        // 通知设置; and the page every push and SMS links to for turning it off, opened without signing in.
        { path: 'notification-settings', name: 'm-notification-settings', component: () => import('./features/notification-settings/notification-settings-page.vue') },
        { path: 'unsubscribe', name: 'm-unsubscribe', component: () => import('./features/notification-settings/unsubscribe-page.vue') },
        { path: ':rest(.*)*', redirect: { name: 'm-home' } },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
  // Phone pages scroll; a new page starts at the top and "back" returns to where it was.
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})
