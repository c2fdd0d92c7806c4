/*
 * The residents' service worker (scope /m/). It has no cache of its own yet: the pages always need
 * the API, so there is nothing to show offline.
 */

/*
 * Web Push for the residents' pages (the API's modules/notifications/push.ts). A push carries
 * JSON { title, body, url, unsubscribe, tag, lang }, already in the resident's language; `tag` is
 * the notification's id, so one sent again replaces the one shown. Every push must show something
 * (browsers revoke a subscription that pushes silently), so a garbled one still shows a plain notice.
 */
const PHONE_PAGES = '/m/'
const INBOX = '/m/notifications'

// Only this app's own pages are opened from a notification, whatever the payload says.
function ownPage(path, fallback) {
  try {
    const url = new URL(path, self.location.origin)
    if (url.origin === self.location.origin && url.pathname.startsWith(PHONE_PAGES)) return url.href
  } catch {
    // not a URL: the fallback below
  }
  return new URL(fallback, self.location.origin).href
}

self.addEventListener('push', (event) => {
  let data
  try {
    data = (event.data && event.data.json()) || {}
  } catch {
    data = {}
  }
  const en = data.lang === 'en'
  const actions = [{ action: 'open', title: en ? 'Open' : '打开' }]
  if (data.unsubscribe) actions.push({ action: 'unsubscribe', title: en ? 'Unsubscribe' : '退订' })
  event.waitUntil(self.registration.showNotification(data.title || (en ? 'New notification' : '您有一条新通知'), {
    body: data.body || '',
    lang: en ? 'en' : 'zh-CN',
    ...(data.tag && { tag: data.tag, renotify: true }),
    data: { url: ownPage(data.url || INBOX, INBOX), unsubscribe: data.unsubscribe ? ownPage(data.unsubscribe, INBOX) : null },
    actions,
  }))
})

// A tap opens what the notification is about: in a phone page already open (focused and taken
// there), else in a new window. "Unsubscribe" opens the page that turns push off.
self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const data = event.notification.data || {}
  const target = event.action === 'unsubscribe' && data.unsubscribe ? data.unsubscribe : data.url || ownPage(INBOX, INBOX)
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
    const same = windows.find((c) => c.url === target)
    if (same) return same.focus()
    const phone = windows.find((c) => new URL(c.url).pathname.startsWith(PHONE_PAGES))
    if (phone) {
      try {
        const focused = await phone.focus()
        return await focused.navigate(target)
      } catch {
        // A page this worker does not control cannot be sent elsewhere: open a new one.
      }
    }
    return self.clients.openWindow(target)
  })())
})
