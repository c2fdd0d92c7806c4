const BASE = import.meta.env.BASE_URL

/** The app's own files this page has loaded so far (hashed, under /kiosk/assets/). */
const loadedAssets = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => new URL(url, location.href).pathname.startsWith(`${BASE}assets/`))

/**
 * Registers the app-shell service worker (public/sw.js) so a screen restarted without network
 * still opens. Production builds only: in development it would serve stale modules to Vite.
 * The files loaded before the worker took control are handed to it to keep as well, now and once
 * more after the board's lazy parts have loaded.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', async () => {
    try {
      await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE })
      const registration = await navigator.serviceWorker.ready
      const send = () => registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssets() })
      send()
      setTimeout(send, 15_000)
    } catch (err) {
      console.warn('[offline] service worker not registered', err)
    }
  })
}
