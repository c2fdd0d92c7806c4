/*
 * The lobby screen's service worker (scope /kiosk/). It keeps the app shell so a screen that is
 * power-cycled without network still starts: index.html network-first (a deploy shows at once),
 * hashed files under /kiosk/assets/ cache-first (their names change with their content).
 * API answers are never cached here: the app keeps its own snapshot of the data it shows.
 */
const CACHE = 'linli-kiosk-shell-v1'
const SHELL = '/kiosk/index.html'
const MAX_ASSETS = 120
const NETWORK_TIMEOUT_MS = 5000

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.add(new Request(SHELL, { cache: 'reload' })))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('linli-kiosk-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  )
})

function fetchWithTimeout(request) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS)
  return fetch(request, { signal: controller.signal }).finally(() => clearTimeout(timer))
}

// Every page of the app is the same index.html (history-mode routes), stored under one key.
async function shell(request) {
  const cache = await caches.open(CACHE)
  try {
    const response = await fetchWithTimeout(request)
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) await cache.put(SHELL, response.clone())
    return response
  } catch (err) {
    const cached = await cache.match(SHELL)
    if (cached) return cached
    throw err
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    await cache.put(request, response.clone())
    // Old builds' files are dropped oldest first once there are many.
    const keys = (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith('/kiosk/assets/'))
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(old)
  }
  return response
}

// The page lists the files it loaded before this worker controlled it (its first start), so those
// are kept too; later ones pass through `asset` below.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache-assets' || !Array.isArray(event.data.urls)) return
  const urls = event.data.urls.filter((u) => {
    try {
      const url = new URL(u)
      return url.origin === self.location.origin && url.pathname.startsWith('/kiosk/assets/')
    } catch {
      return false
    }
  })
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      for (const u of urls) if (!(await cache.match(u))) await cache.add(u).catch(() => undefined)
    }),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/kiosk/')) return
  if (request.mode === 'navigate') event.respondWith(shell(request))
  else if (url.pathname.startsWith('/kiosk/assets/')) event.respondWith(asset(request))
})

/*
 * Phones that turned Web Push on before the residents' pages moved to /m/ (apps/resident) are
 * subscribed through this worker. Their pushes are still shown, and a tap opens the page under /m/,
 * until the resident next opens /m/ signed in, which moves the subscription to that app's worker.
 * Every push must show something: browsers revoke a subscription that pushes silently.
 */
const PHONE_PAGES = '/m/'
const INBOX = '/m/notifications'

function phonePage(path) {
  try {
    const url = new URL(path, self.location.origin)
    if (url.origin === self.location.origin && url.pathname.startsWith(PHONE_PAGES)) return url.href
  } catch {
    // not a URL: the inbox below
  }
  return new URL(INBOX, self.location.origin).href
}

self.addEventListener('push', (event) => {
  let data
  try {
    data = (event.data && event.data.json()) || {}
  } catch {
    data = {}
  }
  const en = data.lang === 'en'
  event.waitUntil(self.registration.showNotification(data.title || (en ? 'New notification' : '您有一条新通知'), {
    body: data.body || '',
    lang: en ? 'en' : 'zh-CN',
    ...(data.tag && { tag: data.tag, renotify: true }),
    data: { url: phonePage(data.url || INBOX) },
  }))
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  event.waitUntil(self.clients.openWindow((event.notification.data && event.notification.data.url) || phonePage(INBOX)))
})
