const BASE = import.meta.env.BASE_URL

/**
 * Registers the residents' service worker (src/sw/, built by vite-plugin-pwa to /m/sw.js) at /m/:
 * it keeps the app's files so the home-screen app opens at once, and shows Web Push notifications.
 * Production builds only: in development it would serve stale modules to Vite.
 * push-subscription.ts registers the same script and scope, which returns this registration.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE }).catch((err) => {
      console.warn('[pwa] service worker not registered', err)
    })
  })
}
