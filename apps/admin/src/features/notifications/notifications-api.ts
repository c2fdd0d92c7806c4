import { ApiError } from '@linli/api-client'
import type { DeliveryPage, DeliveryQuery, DeliveryRecord, ErrorBody, NotificationHealth } from '@linli/contracts'

/*
 * The staff notification calls. packages/api-client does not carry them yet, so they are made here
 * the way it makes every call (same origin, session cookie, its ApiError), and move there with it.
 */
async function call<T>(method: 'GET' | 'POST', path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v))
  let res: Response
  try {
    res = await fetch(`${path}${params.size ? `?${params}` : ''}`, { method, credentials: 'include' })
  } catch {
    throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
  }
  const text = await res.text()
  const data: unknown = text ? JSON.parse(text) : undefined
  if (!res.ok) {
    const err = (data ?? {}) as Partial<ErrorBody>
    throw new ApiError({ statusCode: res.status, code: err.code ?? 'http_error', message: err.message ?? res.statusText, details: err.details })
  }
  return data as T
}

/** A center's deliveries, newest first, with how many match in all. */
export const listDeliveries = (centerId: string, query: DeliveryQuery) =>
  call<DeliveryPage>('GET', `/api/centers/${encodeURIComponent(centerId)}/notifications`, query)

/** Sends a failed or dead delivery again; 409 not_resendable when it is queued or sent. */
export const resendDelivery = (deliveryId: string) =>
  call<DeliveryRecord>('POST', `/api/notifications/deliveries/${encodeURIComponent(deliveryId)}/resend`)

/** Which channels can send and how far the outbox is behind. */
export const getNotificationHealth = () => call<NotificationHealth>('GET', '/api/health/notifications')
