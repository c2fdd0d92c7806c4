import type { FastifyInstance } from 'fastify'
import { badRequest } from './errors'

/** The path of the first string (or key) holding U+0000, e.g. `body/name`; undefined when there is none. */
export function findNul(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (depth > 32 || value === null || typeof value !== 'object') return undefined
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}/${key}`
    if (key.includes('\u0000')) return at
    const found = findNul(item, at, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * A NUL character is valid JSON and valid in a URL, but PostgreSQL stores it in neither text nor
 * jsonb. Refused before any handler runs, so a request carrying one changes nothing at all (a
 * handler would otherwise get as far as, say, counting a sign-up attempt before the insert fails).
 */
export function registerNulGuard(app: FastifyInstance) {
  // Callback-style: every request passes here, and nearly all of them go on at once.
  app.addHook('preValidation', (request, _reply, done) => {
    const path = findNul(request.params, 'params') ?? findNul(request.query, 'querystring') ?? findNul(request.body, 'body')
    done(path ? badRequest('invalid_value', 'A text contains a character that cannot be stored (U+0000)', [{ path, message: 'contains U+0000' }]) : undefined)
  })
}
