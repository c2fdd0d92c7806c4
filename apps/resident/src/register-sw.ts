const BASE = import.meta.env.BASE_URL

/**
 * Registers the residents' service worker (public/sw.js) at /m/: it shows Web Push notifications
 * and opens the page a tapped one is about. Production builds only: in development it would serve
 * stale modules to Vite. push-subscription.ts registers the same script and scope.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch((err) => {
      console.warn('[push] service worker not registered', err)
    })
  })
}
