import { createRouter, createWebHistory } from 'vue-router'

// Routes keep their full /m/… paths (history base '/'), so the links notifications and QR codes
// carry (`/m/registrations?confirm=…`) are router paths as they are.
export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    {
      path: '/m',
      component: () => import('./shell/phone-shell.vue'),
      children: [
        { path: '', name: 'm-home', component: () => import('./features/centers/centers-page.vue') },
        { path: 'centers/:centerId', name: 'm-center', component: () => import('./features/centers/center-page.vue'), props: true },
        { path: 'rooms/:roomId', name: 'm-room', component: () => import('./features/rooms/room-page.vue'), props: true },
        { path: 'rooms/:roomId/check-in', name: 'm-check-in', component: () => import('./features/check-in/room-check-in-page.vue'), props: true },
        { path: 'bookings', name: 'm-bookings', component: () => import('./features/bookings/my-bookings-page.vue') },
        { path: 'login', name: 'm-login', component: () => import('./features/account/login-page.vue') },
        // 我的账号: name, language, number, password, my data; deleting it, and where a deleted account lands (signed out).
        { path: 'account', name: 'm-account', component: () => import('./features/account/account-page.vue') },
        { path: 'account/delete', name: 'm-account-delete', component: () => import('./features/account/delete-account-page.vue') },
        { path: 'account/deleted', name: 'm-account-deleted', component: () => import('./features/account/account-deleted-page.vue') },
        // 家人代办: link family members by a code sent to them, remove links either way.
        { path: 'account/family', name: 'm-family', component: () => import('./features/family/family-page.vue') },
        // Activities: sign up, my registrations (with volunteering), and check-in from a lobby or door code.
        { path: 'centers/:centerId/activities', name: 'm-signups', component: () => import('./features/activities/signups-page.vue'), props: true },
        { path: 'registrations', name: 'm-registrations', component: () => import('./features/activities/my-registrations-page.vue') },
        // 居民提议: propose an activity to a center, and 我的提议 (state, the center's question, reply, withdraw).
        { path: 'centers/:centerId/propose', name: 'm-propose', component: () => import('./features/proposals/propose-page.vue'), props: true },
        { path: 'proposals', name: 'm-proposals', component: () => import('./features/proposals/my-proposals-page.vue') },
        // 活动风采: a center's published activity records, and one record with its photos.
        { path: 'centers/:centerId/records', name: 'm-records', component: () => import('./features/records/center-records-page.vue'), props: true },
        { path: 'centers/:centerId/records/:recordId', name: 'm-record', component: () => import('./features/records/record-page.vue'), props: true },
        // 到馆签到: the lobby's center-wide code, for any booking or activity of today there.
        { path: 'centers/:centerId/check-in', name: 'm-center-check-in', component: () => import('./features/check-in/center-check-in-page.vue'), props: true },
        { path: 'check-in/:occurrenceId', name: 'm-activity-check-in', component: () => import('./features/check-in/activity-check-in-page.vue'), props: true },
        // The bell's inbox; each notification links on to the page it is about.
        { path: 'notifications', name: 'm-notifications', component: () => import('./features/inbox/notifications-page.vue') },
        // 通知设置; and the page every push and SMS links to for turning it off, opened without signing in.
        { path: 'notification-settings', name: 'm-notification-settings', component: () => import('./features/settings/notification-settings-page.vue') },
        { path: 'unsubscribe', name: 'm-unsubscribe', component: () => import('./features/settings/unsubscribe-page.vue') },
        { path: ':rest(.*)*', redirect: { name: 'm-home' } },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/m' },
  ],
  // Phone pages scroll; a new page starts at the top and "back" returns to where it was.
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})
