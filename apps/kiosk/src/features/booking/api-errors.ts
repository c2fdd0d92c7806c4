import { ApiError } from '@linli/api-client'

/** API error codes with a message of our own under `m.errors.<code>`; the rest show the server's text. */
export const EXPLAINED_CODES = [
  'duration_too_short', 'duration_too_long', 'off_grid', 'closed_day', 'outside_opening_hours', 'over_capacity',
  'too_short_notice', 'too_far_ahead', 'weekly_quota_reached', 'too_many_upcoming', 'room_not_bookable',
  'invalid_time_range', 'slot_taken', 'not_cancellable', 'rate_limited', 'unauthorized', 'phone_registered',
  'invalid_credentials', 'too_many_attempts', 'check_in_not_open', 'check_in_closed', 'not_checkable', 'validation_failed',
  'network_error', 'not_found',
] as const

export type ErrorMessage = { key: string } | { text: string }

const explained = new Set<string>(EXPLAINED_CODES)

/**
 * What to tell a resident about a failed call. Known codes get friendly words in their language;
 * an unknown 4xx keeps the server's own message (it names the rule); 5xx and non-API failures get
 * a generic apology, because their messages are for developers.
 */
export function describeError(err: unknown): ErrorMessage {
  if (!(err instanceof ApiError)) return { key: 'm.errors.unknown' }
  if (explained.has(err.code)) return { key: `m.errors.${err.code}` }
  if (err.statusCode >= 500) return { key: 'm.errors.server' }
  return err.message ? { text: err.message } : { key: 'm.errors.unknown' }
}

export const isSignedOutError = (err: unknown) => err instanceof ApiError && err.statusCode === 401
export const hasCode = (err: unknown, code: string) => err instanceof ApiError && err.code === code

type Translate = (key: string, values: Record<string, unknown>) => string

/** The message as text; `values` fills the numbers some rules mention (minutes, quota, capacity). */
export function errorText(t: Translate, err: unknown, values: Record<string, unknown> = {}): string {
  const message = describeError(err)
  return 'key' in message ? t(message.key, values) : message.text
}
