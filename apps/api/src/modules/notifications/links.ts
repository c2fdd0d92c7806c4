/**
 * Where the residents' phone pages are served. Notification links are paths of those pages
 * (`/m/...`); a push or SMS leaves the app, so it needs the served path (and, for SMS, the
 * server's public address). One place to change when the phone pages get their own app.
 */
export const PHONE_PAGES_BASE = '/kiosk'

/** The served path of a phone-page link: '/m/bookings?booking=1' → '/kiosk/m/bookings?booking=1'. */
export const servedPath = (link: string) => `${PHONE_PAGES_BASE}${link}`

/** An absolute URL for a message that leaves the app; without a public address, none (the SMS just omits it). */
export const absoluteUrl = (publicUrl: string | undefined, link: string) =>
  publicUrl ? `${publicUrl.replace(/\/+$/, '')}${servedPath(link)}` : undefined
