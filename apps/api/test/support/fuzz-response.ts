import diagnostics from 'node:diagnostics_channel'
import type { LightMyRequestResponse } from 'fastify'

/**
 * Which injected requests got as far as their route handler. Fastify publishes on this channel
 * after routing, body parsing, schema validation and every onRequest and preHandler hook (the
 * session hooks, the Origin check) have passed, right before it calls the handler. It also fires
 * when a preHandler failed, and this app has one that can: the rate limit, whose 429 does not count.
 */
const reachedRaw = new WeakSet<object>()
diagnostics.tracingChannel<unknown, { request: { raw: object } }>('fastify.request.handler').subscribe({
  start: (store) => void reachedRaw.add(store.request.raw),
  end: () => {},
  asyncStart: () => {},
  asyncEnd: () => {},
  error: () => {},
})

export function reachedHandler(res: LightMyRequestResponse): boolean {
  if (res.statusCode === 429 && res.body.includes('"rate_limited"')) return false
  return reachedRaw.has(res.raw.req)
}

const ERROR_KEYS = new Set(['statusCode', 'code', 'message', 'details', 'conflicts'])

/** What is wrong with this response for a client, if anything: a 5xx, or a 4xx without the uniform error body. */
export function problemWith(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return `a ${res.statusCode}`
  if (res.statusCode < 400) return undefined
  let body: Record<string, unknown>
  try {
    body = res.json()
  } catch {
    return `a ${res.statusCode} whose body is not JSON`
  }
  const uniform = body.statusCode === res.statusCode && typeof body.code === 'string' && /^[a-z_]+$/.test(body.code) &&
    typeof body.message === 'string' && body.message.length > 0 && Object.keys(body).every((k) => ERROR_KEYS.has(k))
  if (!uniform) return `a ${res.statusCode} without the uniform error body`
  if (/\bat .*\.(ts|js):\d+/.test(res.body)) return 'a stack trace in the body'
  return undefined
}
