import { ECDH } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  PushKey, PushSubscriptionCreate, PushSubscriptionDelete, PushSubscriptionRecord, errorResponses,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { requireResident } from '../residents/resident-session.hook'
import { deleteOwnSubscription, saveSubscription } from './push-subscriptions.repository'
import { provideVapidKeys, vapid } from './vapid'

/** Base64 or base64url, padded or not, as unpadded base64url; undefined when it is not `bytes` long. */
function canonical(text: string, bytes: number) {
  const raw = Buffer.from(text.replace(/=+$/, ''), 'base64url')
  return raw.length === bytes ? raw : undefined
}

/** The keys a push is encrypted to (RFC 8291): a point on P-256 and a 16-byte secret; undefined when either is not. */
function subscriptionKeys(keys: PushSubscriptionCreate['keys']) {
  const p256dh = canonical(keys.p256dh.replaceAll('+', '-').replaceAll('/', '_'), 65)
  const auth = canonical(keys.auth.replaceAll('+', '-').replaceAll('/', '_'), 16)
  if (!p256dh || !auth || p256dh[0] !== 0x04) return undefined
  try {
    ECDH.convertKey(p256dh, 'prime256v1')
  } catch {
    return undefined
  }
  return { p256dh: p256dh.toString('base64url'), auth: auth.toString('base64url') }
}

/** Whether the endpoint is on one of the push services we send to (the host itself or a subdomain of it). */
export function isKnownPushService(endpoint: string, hosts: string[]) {
  let host: string
  try {
    host = new URL(endpoint).hostname.toLowerCase()
  } catch {
    return false
  }
  return hosts.some((h) => host === h || host.endsWith(`.${h}`))
}

/** Web Push for the phone pages: the key browsers subscribe with, and each resident's subscribed browsers. */
export const pushRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications']
  provideVapidKeys(app)

  app.get(
    '/notifications/push-key',
    { schema: { tags, summary: "The server's VAPID public key, the applicationServerKey a browser subscribes to push with", response: { 200: PushKey, ...errorResponses } } },
    async () => ({ publicKey: (await vapid(app)).publicKey }),
  )

  app.post(
    '/residents/me/push-subscriptions',
    { schema: { tags, summary: "Keep this browser's push subscription (PushSubscription.toJSON()) for the signed-in resident; again is harmless, another resident's moves here", body: PushSubscriptionCreate, response: { 200: PushSubscriptionRecord, 201: PushSubscriptionRecord, ...errorResponses } } },
    async (request, reply) => {
      const residentId = requireResident(request)
      const keys = subscriptionKeys(request.body.keys)
      if (!keys) throw badRequest('invalid_push_subscription', "The browser's push subscription keys are not a P-256 public key and a 16-byte auth secret")
      if (!isKnownPushService(request.body.endpoint, app.config.pushServiceHosts))
        throw badRequest('push_service_not_allowed', 'The subscription names a push service this server does not send to')
      const userAgent = request.headers['user-agent']?.slice(0, 500) ?? null
      const row = await saveSubscription(app.db, { residentId, endpoint: request.body.endpoint, ...keys, userAgent }, app.clock())
      return reply.status(row.isNew ? 201 : 200).send({
        endpoint: row.endpoint, createdAt: row.created_at.toISOString(), lastSuccessAt: row.last_success_at?.toISOString() ?? null,
      })
    },
  )

  app.delete(
    '/residents/me/push-subscriptions',
    { schema: { tags, summary: 'Stop pushes to one of your browsers, named by its endpoint (someone else’s is a 404)', body: PushSubscriptionDelete, response: { 204: { type: 'null' }, ...errorResponses } } },
    async (request, reply) => {
      const residentId = requireResident(request)
      if (!(await deleteOwnSubscription(app.db, residentId, request.body.endpoint))) throw notFound('Push subscription')
      return reply.status(204).send(null)
    },
  )
}
