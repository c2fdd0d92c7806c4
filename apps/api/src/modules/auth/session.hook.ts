import type { FastifyInstance, FastifyRequest } from 'fastify'
import { SESSION_COOKIE } from '@linli/contracts'
import { unauthorized } from '../../plugins/errors'
import type { Actor } from './policy'
import { findSessionStaff } from './sessions.repository'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member, or null. */
    actor: Actor | null
  }
}

/**
 * Resolves the session cookie to an actor on every request that carries one. Callback-style: most
 * requests (every screen's read) carry no cookie and go on at once, without a promise.
 */
export function registerSessionHook(app: FastifyInstance) {
  app.decorateRequest('actor', null)
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE]
    if (!token) return done()
    findSessionStaff(app.db, token, app.clock()).then((row) => {
      if (row) request.actor = { id: row.id, role: row.role, regionId: row.region_id, centerId: row.center_id }
      done()
    }, done)
  })
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized()
  return request.actor
}
