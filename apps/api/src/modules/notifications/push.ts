import type { Agent } from 'node:https'
import { KIND_TOPIC, type NotificationKind, type NotificationLanguage, type NotificationParams, type PushPayload } from '@linli/contracts'
import webpush from 'web-push'
import type { App } from '../../app-instance'
import { servedPath } from './links'
import { type SubscriptionRow, dropSubscription, markDelivered, residentsWithPush, subscriptionsOf } from './push-subscriptions.repository'
import { render } from './texts'
import { vapid } from './vapid'

// The channel's own view of a delivery and of its answer: the fields of OutgoingDelivery and the
// shapes of SendResult it uses (channels.ts registers this channel, so it cannot import from there).
interface PushDelivery {
  notificationId: string
  residentId: string
  kind: NotificationKind
  params: NotificationParams
  link: string
  language: NotificationLanguage
  unsubscribeLink: string
}
type PushResult = { ok: true; answer: string } | { retry: true; reason: string } | { dead: true; reason: string } | { skipped: true; reason: string }

export interface PushChannelOptions {
  /** For the push service's TLS (tests trust their own receiver's certificate with it). */
  agent?: Agent
  /** A push service that takes longer is a passing failure; well within the worker's send timeout. */
  timeoutMs?: number
}

/** How long a push service keeps a message for a browser that is offline; after a day the inbox tells it anyway. */
const TTL_SECONDS = 24 * 60 * 60

type Outcome = { to: SubscriptionRow } & ({ sent: number } | { gone: number } | { retry: string } | { dead: string })

const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text)

/**
 * Sorts a push service's answer (RFC 8030): 404/410 mean the subscription is gone for good; 429
 * and 5xx pass; any other 4xx (a bad key, a payload too large) will not get better by trying again.
 */
function outcomeOf(to: SubscriptionRow, err: unknown): Outcome {
  if (err instanceof webpush.WebPushError) {
    const said = `push service answered ${err.statusCode}${err.body ? `: ${clip(err.body.trim())}` : ''}`
    if (err.statusCode === 404 || err.statusCode === 410) return { to, gone: err.statusCode }
    if (err.statusCode === 429 || err.statusCode >= 500) return { to, retry: said }
    return { to, dead: said }
  }
  // No answer: refused, reset, a name that does not resolve, a timeout.
  return { to, retry: `push service did not answer: ${err instanceof Error ? err.message : String(err)}` }
}

/**
 * Web Push: the notification's title and body in the resident's language, encrypted to each of
 * their subscribed browsers (RFC 8291, aes128gcm) and signed with our VAPID key (RFC 8292).
 * Reaching one browser is a delivery; subscriptions the push service has dropped are dropped here.
 */
export function pushChannel(app: App, options: PushChannelOptions = {}) {
  const timeout = options.timeoutMs ?? 10_000
  return {
    /** Only residents with a subscribed browser get web push deliveries at all. */
    reach: residentsWithPush,
    async send(d: PushDelivery): Promise<PushResult> {
      const subscriptions = await subscriptionsOf(app.db, d.residentId)
      if (!subscriptions.length) return { skipped: true, reason: 'no_subscription: no push subscription' }
      const keys = await vapid(app)
      const payload: PushPayload = {
        ...render(d.kind, d.params, d.language), url: servedPath(d.link), unsubscribe: servedPath(d.unsubscribeLink), tag: d.notificationId, lang: d.language,
      }
      const urgency = ['offers', 'changes'].includes(KIND_TOPIC[d.kind]) ? 'high' : 'normal'
      const outcomes = await Promise.all(subscriptions.map(async (s): Promise<Outcome> => {
        try {
          const answer = await webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, JSON.stringify(payload), {
            vapidDetails: keys, TTL: TTL_SECONDS, urgency, timeout, ...(options.agent && { agent: options.agent }),
          })
          return { to: s, sent: answer.statusCode }
        } catch (err) {
          return outcomeOf(s, err)
        }
      }))
      return settle(app, outcomes)
    },
  }
}

async function settle(app: App, outcomes: Outcome[]): Promise<PushResult> {
  const sent = outcomes.filter((o) => 'sent' in o)
  const gone = outcomes.filter((o) => 'gone' in o)
  const retry = outcomes.flatMap((o) => ('retry' in o ? [o.retry] : []))
  const dead = outcomes.flatMap((o) => ('dead' in o ? [o.dead] : []))
  for (const o of gone) await dropSubscription(app.db, o.to.id)
  await markDelivered(app.db, sent.map((o) => o.to.id), app.clock())
  const removed = gone.length
    ? `${gone.length} subscription${gone.length > 1 ? 's' : ''} the push service no longer knows removed (${[...new Set(gone.map((o) => 'gone' in o && o.gone))].join(', ')})`
    : ''
  const also = (notes: string[]) => notes.filter(Boolean).join('; ')
  if (sent.length) {
    const failed = [...retry, ...dead].map((r) => `1 not reached: ${r}`)
    return { ok: true, answer: also([`accepted by the push service for ${sent.length} of ${outcomes.length} browser${outcomes.length > 1 ? 's' : ''}`, removed, ...failed]) }
  }
  if (retry.length) return { retry: true, reason: also([retry[0]!, removed]) }
  if (dead.length) return { dead: true, reason: also([dead[0]!, removed]) }
  return { skipped: true, reason: also(['no_subscription: no push subscription', removed]) }
}
