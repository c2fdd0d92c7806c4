import { ApiError } from '@linli/api-client'
import type { CalendarFeed, CalendarFeedState, ErrorBody } from '@linli/contracts'

// The shared client (packages/api-client) has no calls for these routes yet; this follows its
// http.ts (same-origin, the session cookie, the uniform error body as an ApiError).
async function call<T>(method: string, path: string): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, { method, credentials: 'include' })
  } catch {
    throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
  }
  const data = (await res.json().catch(() => undefined)) as unknown
  if (!res.ok) {
    const err = (data ?? {}) as Partial<ErrorBody>
    throw new ApiError({ statusCode: res.status, code: err.code ?? 'http_error', message: err.message ?? res.statusText, details: err.details })
  }
  return data as T
}

const FEED = '/api/residents/me/calendar-feed'

export const getCalendarFeed = () => call<CalendarFeedState>('GET', FEED)
export const turnOnCalendarFeed = () => call<CalendarFeed>('POST', FEED)
/** A new link; the old one stops working. */
export const rotateCalendarFeed = () => call<CalendarFeed>('POST', `${FEED}/rotate`)
