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
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})
