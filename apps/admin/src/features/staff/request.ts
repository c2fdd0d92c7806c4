import { ApiError } from '@linli/api-client'
import type { ErrorBody } from '@linli/contracts'

/** Query values; undefined and '' are left out. */
export type Query = Record<string, string | number | undefined>

/** `?a=1&b=2` of the set values, or '' when none is set. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v))
  return params.size ? `?${params}` : ''
}

/**
 * Same-origin JSON call for the staff, audit and account endpoints, which the shared client does
 * not cover yet. Answers other than 2xx throw ApiError with the uniform error body, like `api`.
 */
export async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  let res: Response
  try {
    res = await fetch(`${path}${queryString(query)}`, {
      method,
      credentials: 'include',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
  }
  if (res.status === 204) return undefined as T
  const text = await res.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (!res.ok) {
    const err = (data ?? {}) as Partial<ErrorBody>
    throw new ApiError({
      statusCode: res.status, code: err.code ?? 'http_error', message: err.message ?? res.statusText, details: err.details,
    })
  }
  return data as T
}
