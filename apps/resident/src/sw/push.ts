/// <reference lib="webworker" />
/*
 * Web Push for the residents' pages (the API's modules/notifications/push.ts). A push carries
 * JSON { title, body, url, unsubscribe, tag, lang }, already in the resident's language; `tag` is
 * the notification's id, so one sent again replaces the one shown. Every push must show something
 * (browsers revoke a subscription that pushes silently), so a garbled one still shows a plain notice.
 */
const PHONE_PAGES = '/m/'
const INBOX = '/m/notifications'

interface PushPayload { title?: string; body?: string; url?: string; unsubscribe?: string; tag?: string; lang?: string }
interface ClickData { url?: string; unsubscribe?: string | null }

/** Only this app's own pages are opened from a notification, whatever the payload says. */
export function ownPage(origin: string, path: string, fallback: string): string {
  try {
    const url = new URL(path, origin)
    if (url.origin === origin && url.pathname.startsWith(PHONE_PAGES)) return url.href
  } catch {
    // not a URL: the fallback below
  }
  return new URL(fallback, origin).href
}

function payload(data: PushMessageData | null): PushPayload {
  try {
    const json: unknown = data?.json()
    return typeof json === 'object' && json !== null ? json : {}
  } catch {
    return {}
  }
}

export function showPush(sw: ServiceWorkerGlobalScope, data: PushMessageData | null): Promise<void> {
  const p = payload(data)
  const origin = sw.location.origin
  const en = p.lang === 'en'
  const actions = [{ action: 'open', title: en ? 'Open' : '打开' }]
  if (p.unsubscribe) actions.push({ action: 'unsubscribe', title: en ? 'Unsubscribe' : '退订' })
  return sw.registration.showNotification(p.title || (en ? 'New notification' : '您有一条新通知'), {
    body: p.body || '',
    lang: en ? 'en' : 'zh-CN',
    icon: `${PHONE_PAGES}icons/icon-192.png`,
    ...(p.tag && { tag: p.tag, renotify: true }),
    data: { url: ownPage(origin, p.url || INBOX, INBOX), unsubscribe: p.unsubscribe ? ownPage(origin, p.unsubscribe, INBOX) : null },
    actions,
  } as NotificationOptions)
}

/**
 * A tap opens what the notification is about: in a phone page already open (focused and taken
 * there), else in a new window. "Unsubscribe" opens the page that turns push off.
 */
export async function openFromNotification(sw: ServiceWorkerGlobalScope, raw: unknown, action: string): Promise<unknown> {
  const data = (raw ?? {}) as ClickData
  const target = action === 'unsubscribe' && data.unsubscribe ? data.unsubscribe : data.url || ownPage(sw.location.origin, INBOX, INBOX)
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })
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
  return sw.clients.openWindow(target)
}
