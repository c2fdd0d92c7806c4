import type { Conflict, ErrorBody } from '@linli/contracts'

/** An API answer other than 2xx, carrying the uniform error body. */
export class ApiError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly details: ErrorBody['details']
  /** With 409 slot_taken: what the request collides with, per date. */
  readonly conflicts: Conflict[] | undefined
  /** From a 429's Retry-After header: seconds before asking again is worth it. */
  readonly retryAfterSeconds: number | undefined

  constructor(body: ErrorBody, retryAfterSeconds?: number) {
    super(body.message)
    this.name = 'ApiError'
    this.statusCode = body.statusCode
    this.code = body.code
    this.details = body.details
    this.conflicts = body.conflicts as Conflict[] | undefined
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export interface ClientOptions {
  /** Origin of the API, '' for same-origin (the SPAs). */
  baseUrl?: string
  fetch?: typeof fetch
  /** Extra headers for every request (tests pass a session cookie here). */
  headers?: Record<string, string>
}

export type Query = Record<string, string | number | boolean | undefined>

export function createHttp(options: ClientOptions = {}) {
  const base = options.baseUrl ?? ''
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)

  return async function request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
    const params = new URLSearchParams()
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, String(v))
    const qs = params.size ? `?${params}` : ''
    let res: Response
    try {
      res = await doFetch(`${base}${path}${qs}`, {
        method,
        credentials: 'include',
        // A FormData (photo uploads) sets its own multipart type and boundary.
        headers: { ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...options.headers },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      })
    } catch {
      throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
    }
    if (res.status === 204) return undefined as T
    const text = await res.text()
    if (!res.ok) {
      // A proxy in front of the API may answer with an HTML page; that is still an ApiError.
      const err = (parseOr(text, undefined) ?? {}) as Partial<ErrorBody>
      throw new ApiError({
        statusCode: res.status,
        code: err.code ?? 'http_error',
        message: err.message ?? res.statusText,
        details: err.details,
        conflicts: err.conflicts,
      }, Number(res.headers.get('retry-after')) || undefined)
    }
    return (text ? JSON.parse(text) : undefined) as T
  }
}

function parseOr(text: string, fallback: unknown): unknown {
  try {
    return text ? JSON.parse(text) : fallback
  } catch {
    return fallback
  }
}

export type Http = ReturnType<typeof createHttp>
