import { type Static, Type } from '@sinclair/typebox'

export const Id = Type.String({ format: 'uuid', description: 'UUID' })
export const Timestamp = Type.String({ format: 'date-time' })
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })
export type IdParams = Static<typeof IdParams>

/** Every error the API returns has this shape; `code` is stable, `message` is for people. */
export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  code: Type.String(),
  message: Type.String(),
  details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  /** With 409 slot_taken: what the request collides with, per date. */
  conflicts: Type.Optional(Type.Array(Type.Unknown())),
})
export type ErrorBody = Static<typeof ErrorBody>

/** Standard error responses, spread into a route's `response` schema. */
export const errorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  /** `database_unavailable`, with Retry-After: the database did not answer in time; nothing was written. */
  503: ErrorBody,
} as const

export const itemsOf = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item) })

/** Trimmed, non-empty human text with a length cap. */
export const Text = (maxLength: number, minLength = 1) =>
  Type.String({ minLength, maxLength, pattern: '\\S' })

export const Health = Type.Object({ status: Type.Literal('ok') })
export const Ready = Type.Object({
  status: Type.Literal('ready'),
  database: Type.Literal('up'),
  /** The notification outbox: deliveries still to send and the age in seconds of the oldest (null when none), for monitoring. */
  notifications: Type.Object({ backlog: Type.Integer(), oldestUndeliveredSeconds: Type.Union([Type.Integer(), Type.Null()]) }),
})
