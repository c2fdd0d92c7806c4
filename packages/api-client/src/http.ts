import type { Conflict, ErrorBody } from '@linli/contracts'

/** An API answer other than 2xx, carrying the uniform error body. */
export class ApiError extends Error {
  readonly statusCode: number
  readonly code: string
  readonly details: ErrorBody['details']
  /** With 409 slot_taken: what the request collides with, per date. */
  readonly conflicts: Conflict[] | undefined

  constructor(body: ErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.statusCode = body.statusCode
    this.code = body.code
    this.details = body.details
    this.conflicts = body.conflicts as Conflict[] | undefined
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
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      throw new ApiError({ statusCode: 0, code: 'network_error', message: 'The server could not be reached' })
    }
    if (res.status === 204) return undefined as T
    const text = await res.text()
    const data: unknown = text ? JSON.parse(text) : undefined
    if (!res.ok) {
      const err = (data ?? {}) as Partial<ErrorBody>
      throw new ApiError({
        statusCode: res.status,
        code: err.code ?? 'http_error',
        message: err.message ?? res.statusText,
        details: err.details,
        conflicts: err.conflicts,
      })
    }
    return data as T
  }
}

export type Http = ReturnType<typeof createHttp>
