/**
 * Where the residents' app is served, before its own `/m/...` paths. Notification links are those
 * paths; a push or SMS leaves the app, so it needs the served path (and, for SMS, the server's
 * public address). The app is served at the root's /m/, so the links are served as they are.
 */
export const PHONE_PAGES_BASE = ''

/** The served path of a phone-page link: '/m/bookings?booking=1' stays '/m/bookings?booking=1'. */
export const servedPath = (link: string) => `${PHONE_PAGES_BASE}${link}`

/** An absolute URL for a message that leaves the app; without a public address, none (the SMS just omits it). */
export const absoluteUrl = (publicUrl: string | undefined, link: string) =>
  publicUrl ? `${publicUrl.replace(/\/+$/, '')}${servedPath(link)}` : undefined
