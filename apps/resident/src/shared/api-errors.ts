import { ApiError } from '@linli/api-client'
import zh from '../i18n/m.zh-CN'

/** Keys of `m.errors` that are not API codes: what we say when no code of ours fits. */
const FALLBACKS = new Set(['server', 'unknown'])

/** API error codes with a message of our own under `m.errors.<code>` (every key of the Chinese list). */
export const EXPLAINED_CODES: readonly string[] = Object.keys(zh.errors).filter((k) => !FALLBACKS.has(k))

export type ErrorMessage = { key: string }

const explained = new Set<string>(EXPLAINED_CODES)

/** A code we have no words for still gets words in the resident's language, by what kind of refusal it is. */
const BY_STATUS: Record<number, string> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 429: 'rate_limited',
}

/**
 * What to tell a resident about a failed call, always in their language: known codes get their
 * own words, others the words for their status; the server's message is English written for
 * developers, so it is never shown.
 */
export function describeError(err: unknown): ErrorMessage {
  if (!(err instanceof ApiError)) return { key: 'm.errors.unknown' }
  if (explained.has(err.code)) return { key: `m.errors.${err.code}` }
  if (err.statusCode >= 500) return { key: 'm.errors.server' }
  const byStatus = BY_STATUS[err.statusCode]
  return { key: byStatus ? `m.errors.${byStatus}` : 'm.errors.unknown' }
}

export const isSignedOutError = (err: unknown) => err instanceof ApiError && err.statusCode === 401
export const hasCode = (err: unknown, code: string) => err instanceof ApiError && err.code === code

type Translate = (key: string, values: Record<string, unknown>) => string

/** The message as text; `values` fills the numbers some rules mention (minutes, quota, capacity). */
export function errorText(t: Translate, err: unknown, values: Record<string, unknown> = {}): string {
  return t(describeError(err).key, values)
}
