/// <reference lib="webworker" />
/*
 * The residents' service worker (scope /m/), built by vite-plugin-pwa (injectManifest): Workbox
 * precaches the app's files listed in `self.__WB_MANIFEST`, so the app opens from the home screen
 * without waiting for the network; pages go to the network first (a deploy shows at once) and fall
 * back to the cached shell offline. API answers are never cached. It also shows Web Push.
 */
import { clientsClaim } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { showPush, openFromNotification } from './push'

declare const self: ServiceWorkerGlobalScope

const BASE = '/m/'
const SHELL = `${BASE}index.html`
const NETWORK_TIMEOUT_MS = 5000

self.skipWaiting()
clientsClaim()
cleanupOutdatedCaches()
precacheAndRoute(self.__WB_MANIFEST)

async function page({ request }: { request: Request }): Promise<Response> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS)
  try {
    return await fetch(request, { signal: controller.signal })
  } catch (err) {
    const cached = await matchPrecache(SHELL)
    if (cached) return cached
    throw err
  } finally {
    clearTimeout(timer)
  }
}

// Every page of the app is the same index.html (history-mode routes).
registerRoute(new NavigationRoute(page, { allowlist: [/^\/m(\/|$)/] }))

self.addEventListener('push', (event) => event.waitUntil(showPush(self, event.data)))
self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(openFromNotification(self, event.notification.data, event.action))
})
