import { type Static, Type } from '@sinclair/typebox'
import { Timestamp } from './common'

/** The server's VAPID public key: the `applicationServerKey` a browser subscribes with. */
export const PushKey = Type.Object({
  publicKey: Type.String({ description: 'Uncompressed P-256 public key, unpadded base64url (RFC 8292)' }),
})
export type PushKey = Static<typeof PushKey>

/**
 * What `PushSubscription.toJSON()` gives in the browser: where its push service takes messages
 * for it (an https URL) and the keys a message is encrypted to (RFC 8291). Keys may be base64url
 * or base64, padded or not; the server keeps them unpadded base64url.
 */
export const PushSubscriptionCreate = Type.Object(
  {
    endpoint: Type.String({ maxLength: 2048, pattern: '^https://[^/?#\\s]+', description: "The push service's URL for this browser" }),
    expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    keys: Type.Object(
      {
        p256dh: Type.String({ pattern: '^[A-Za-z0-9_+/-]{87}=?$', description: "The browser's P-256 public key (65 bytes)" }),
        auth: Type.String({ pattern: '^[A-Za-z0-9_+/-]{22}(==)?$', description: 'The auth secret (16 bytes)' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)
export type PushSubscriptionCreate = Static<typeof PushSubscriptionCreate>

/** One of the signed-in resident's subscribed browsers. */
export const PushSubscriptionRecord = Type.Object({
  endpoint: Type.String(),
  createdAt: Timestamp,
  /** When a push last reached this browser's push service; null before the first. */
  lastSuccessAt: Type.Union([Timestamp, Type.Null()]),
})
export type PushSubscriptionRecord = Static<typeof PushSubscriptionRecord>

export const PushSubscriptionDelete = Type.Object({ endpoint: Type.String({ minLength: 1, maxLength: 2048 }) }, { additionalProperties: false })
export type PushSubscriptionDelete = Static<typeof PushSubscriptionDelete>

/**
 * What a push carries (encrypted to the browser): the texts in the resident's language, the
 * served phone-page path to open, and the path that turns push off without signing in. `tag` is
 * the notification's id, so a push sent again replaces the one shown rather than adding one.
 */
export const PushPayload = Type.Object({
  title: Type.String(),
  body: Type.String(),
  url: Type.String(),
  unsubscribe: Type.String(),
  tag: Type.String(),
  lang: Type.String(),
})
export type PushPayload = Static<typeof PushPayload>
