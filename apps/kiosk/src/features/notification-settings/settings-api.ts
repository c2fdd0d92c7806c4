import { ApiError } from '@linli/api-client'
import type {
  ErrorBody, NotificationSettings, NotificationSettingsPatch, UnsubscribeBody, UnsubscribeQuery, UnsubscribeState,
} from '@linli/contracts'

// The shared client (packages/api-client) has no calls for these routes yet; these follow its
// http.ts (same-origin, the session cookie, the uniform error body as an ApiError).
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      method,
      credentials: 'include',
      ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    })
  } catch {
    throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
  }
  const text = await res.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (!res.ok) {
    const err = (data ?? {}) as Partial<ErrorBody>
    throw new ApiError({ statusCode: res.status, code: err.code ?? 'http_error', message: err.message ?? res.statusText, details: err.details })
  }
  return data as T
}

const SETTINGS = '/api/residents/me/notification-settings'

export const getNotificationSettings = () => call<NotificationSettings>('GET', SETTINGS)
export const updateNotificationSettings = (patch: NotificationSettingsPatch) => call<NotificationSettings>('PATCH', SETTINGS, patch)

/** Reading a link changes nothing; only `unsubscribe` turns the channel off. */
export const readUnsubscribeLink = (q: UnsubscribeQuery) =>
  call<UnsubscribeState>('GET', `/api/notifications/unsubscribe?${new URLSearchParams(q)}`)
export const unsubscribe = (body: UnsubscribeBody) => call<UnsubscribeState>('POST', '/api/notifications/unsubscribe', body)
