import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { RESIDENT_COOKIE } from '@linli/contracts'
import { unauthorized } from '../../plugins/errors'
import { findSessionResident } from '../auth/sessions.repository'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in resident (phone pages), or null. */
    residentId: string | null
  }
}

/** The resident's session cookie, resolved as the staff one is (session.hook.ts), callback-style for the same reason. */
export function registerResidentSessionHook(app: FastifyInstance) {
  app.decorateRequest('residentId', null)
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[RESIDENT_COOKIE]
    if (!token) return done()
    findSessionResident(app.db, token, app.clock()).then((row) => {
      if (row) request.residentId = row.id
      done()
    }, done)
  })
}

export function requireResident(request: FastifyRequest): string {
  if (!request.residentId) throw unauthorized('Sign in with your phone number first')
  return request.residentId
}

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, name: string, token: string, expiresAt: Date) {
  reply.setCookie(name, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.cookieSecure, expires: expiresAt })
}
