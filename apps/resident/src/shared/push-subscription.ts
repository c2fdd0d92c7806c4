import type { PushSubscriptionCreate } from '@linli/contracts'
import { api } from '../api'

/**
 * Web Push on the phone pages: turning it on asks the browser for permission, subscribes with the
 * server's key through the app's service worker (src/sw/, built to /m/sw.js and registered by src/register-sw.ts)
 * and hands the subscription to the API; the worker then shows each push as a notification.
 *
 * unsupported: this browser cannot (no service worker or Push API; on iPhone only a page added to
 * the home screen can), denied: the resident blocked notifications in the browser, off, on.
 */
export type PushStatus = 'unsupported' | 'denied' | 'off' | 'on'

const BASE = import.meta.env.BASE_URL

/** A base64url string (the VAPID public key) as the bytes `applicationServerKey` takes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=')
  const text = atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes
}

/** Whether a subscription was made with this key: one made with another can never receive our pushes. */
export function sameKey(subscribedWith: ArrayBuffer | null, publicKey: string) {
  if (!subscribedWith) return false
  const a = new Uint8Array(subscribedWith)
  const b = keyBytes(publicKey)
  return a.length === b.length && a.every((x, i) => x === b[i])
}

const supported = () =>
  typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window

/** The app's service worker registration; development builds run without one (see register-sw.ts). */
async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!supported() || !import.meta.env.PROD) return undefined
  // The same script and scope as register-sw.ts: registering again returns the registration it made.
  await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE })
  return navigator.serviceWorker.ready
}

const toBody = (s: PushSubscription): PushSubscriptionCreate => {
  const json = s.toJSON()
  return { endpoint: s.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } }
}

/** Where push stands in this browser for the signed-in resident. */
export async function pushStatus(): Promise<PushStatus> {
  const reg = await registration()
  if (!reg) return 'unsupported'
  if (Notification.permission === 'denied') return 'denied'
  return Notification.permission === 'granted' && (await reg.pushManager.getSubscription()) ? 'on' : 'off'
}

/** Turns push on (asks for permission first); throws an ApiError when the server refuses the subscription. */
export async function subscribePush(): Promise<PushStatus> {
  const reg = await registration()
  if (!reg) return 'unsupported'
  const permission = await Notification.requestPermission()
  if (permission !== 'granted') return permission === 'denied' ? 'denied' : 'off'
  const { publicKey } = await api.getPushKey()
  let subscription = await reg.pushManager.getSubscription()
  if (subscription && !sameKey(subscription.options.applicationServerKey, publicKey)) {
    await subscription.unsubscribe()
    subscription = null
  }
  subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) })
  await api.createPushSubscription(toBody(subscription))
  return 'on'
}

/**
 * Tells the server again which resident this browser's subscription belongs to, e.g. after
 * someone else signs in on the same phone; harmless to repeat. Does nothing when push is off.
 */
export async function syncPush(): Promise<PushStatus> {
  const status = await pushStatus()
  const subscription = status === 'on' ? await (await registration())!.pushManager.getSubscription() : null
  if (subscription) await api.createPushSubscription(toBody(subscription))
  return status
}

/**
 * Turns push off in this browser. The server is told first, as best it can be: a subscription it
 * still holds is dropped anyway at the next push, when the push service answers that it is gone.
 */
export async function unsubscribePush(): Promise<PushStatus> {
  const reg = await registration()
  if (!reg) return 'unsupported'
  const subscription = await reg.pushManager.getSubscription()
  if (subscription) {
    await api.deletePushSubscription({ endpoint: subscription.endpoint }).catch(() => undefined)
    await subscription.unsubscribe()
  }
  return Notification.permission === 'denied' ? 'denied' : 'off'
}

/** Where the residents' pages were before they moved to /m/: the lobby app, whose worker they used. */
const OLD_SCOPE = '/kiosk/'

/**
 * A phone that turned push on before the pages moved to /m/ is subscribed through the lobby app's
 * worker. Once its resident is signed in here, the subscription moves: the old one is dropped (on
 * the server and in the browser) and, as notifications are already allowed, a new one is made
 * through this app's worker. Nothing happens on any other phone.
 */
export async function movePushFromOldPages(): Promise<void> {
  if (!supported() || !import.meta.env.PROD) return
  const old = await navigator.serviceWorker.getRegistration(OLD_SCOPE)
  if (!old || new URL(old.scope).pathname !== OLD_SCOPE) return
  const subscription = await old.pushManager.getSubscription()
  if (!subscription) return
  await api.deletePushSubscription({ endpoint: subscription.endpoint }).catch(() => undefined)
  await subscription.unsubscribe()
  if (Notification.permission === 'granted') await subscribePush()
}
