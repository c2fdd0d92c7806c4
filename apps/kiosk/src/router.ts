import { createRouter, createWebHistory } from 'vue-router'

export const router = createRouter({
  history: createWebHistory('/kiosk/'),
  routes: [
    { path: '/', name: 'pick-center', component: () => import('./features/pick-center/pick-center-page.vue') },
    {
      path: '/centers/:centerId',
      name: 'lobby',
      component: () => import('./features/lobby/lobby-page.vue'),
      props: true,
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})
