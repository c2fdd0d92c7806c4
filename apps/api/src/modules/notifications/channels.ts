import {
  type ChannelState, NOTIFICATION_CHANNELS, type NotificationChannel, type NotificationKind, type NotificationLanguage, type NotificationParams,
} from '@linli/contracts'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { unreadCount } from './inbox.repository'
import { pushChannel } from './push'
import { smsChannel } from './sms/channel'
import { render } from './texts'
import { knownVapid } from './vapid'

/** One delivery as a channel gets it: who, what, in which language, and which try this is. */
export interface OutgoingDelivery {
  id: string
  notificationId: string
  channel: NotificationChannel
  attempt: number
  residentId: string
  centerId: string
  kind: NotificationKind
  params: NotificationParams
  link: string
  language: NotificationLanguage
  /** The resident's mobile number, for SMS. */
  phone: string
  /** A phone-page path that turns this channel off for the resident without signing in; every push and SMS carries it. */
  unsubscribeLink: string
}

/**
 * What a channel answers. `ok`: handed over (answer: what the provider said). `retry`: a passing
 * failure (timeout, 5xx); tried again later with backoff. `dead`: it can never work (an invalid
 * number, a template not approved); given up at once, with the reason. `skipped`: deliberately not
 * sent (no provider, the resident turned it off), with the reason; not a failure.
 */
export type SendResult =
  | { ok: true; answer?: string } | { retry: true; reason: string } | { dead: true; reason: string } | { skipped: true; reason: string }

export interface Channel {
  send(delivery: OutgoingDelivery): Promise<SendResult>
  /** Of these residents, the ones the channel can reach at all (e.g. with a push subscription); everyone when absent. */
  reach?: (db: Database, residentIds: string[]) => Promise<Set<string>>
  /** false for a stand-in with no provider behind it (SMS printed to the log): the health line says not_configured. */
  configured?: boolean
}

export type Channels = Partial<Record<NotificationChannel, Channel>>

/**
 * The in-app inbox: the notification row is the message, so delivering it means telling the
 * resident's open phone pages (their private room, on every replica) to show it. A resident with
 * no page open reads it from the inbox later; either way it counts as sent.
 */
export function inAppChannel(app: App): Channel {
  return {
    async send(d) {
      const { title, body } = render(d.kind, d.params, d.language)
      const unread = await unreadCount(app.db, d.residentId)
      app.realtime.toResident(d.residentId).emit('notification:new', { id: d.notificationId, kind: d.kind, title, body, link: d.link, unread })
      return { ok: true, answer: 'pushed to the resident room' }
    },
  }
}

/** The channels this server delivers over; web push once its VAPID keys are known (read or made at start, vapid.ts). */
export const liveChannels = (app: App): Channels => ({
  in_app: inAppChannel(app),
  // Without a provider, only a demo server prints the would-be SMS; a real one without SMS makes no SMS deliveries at all.
  ...((app.config.sms || app.config.seedDemo) && { sms: smsChannel(app) }),
  ...(knownVapid(app) && { web_push: pushChannel(app) }),
})

export const channelStates = (channels: Channels) =>
  Object.fromEntries(NOTIFICATION_CHANNELS.map((c) => [c, channels[c] && channels[c].configured !== false ? 'on' : 'not_configured'])) as Record<NotificationChannel, ChannelState>
