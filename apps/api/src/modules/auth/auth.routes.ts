import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { LoginBody, Me, SESSION_COOKIE, errorResponses } from '@linli/contracts'
import { AppError, unauthorized } from '../../plugins/errors'
import { verifyPassword } from './passwords'
import { requireActor } from './session.hook'
import { createSession, deleteExpiredSessions, deleteSession } from './sessions.repository'
import { findActiveStaffByUsername, findStaffProfile } from './staff.repository'

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['auth']

  async function profile(staffId: string) {
    const p = await findStaffProfile(app.db, staffId)
    if (!p) throw unauthorized()
    return {
      id: p.id, username: p.username, displayName: p.display_name, role: p.role,
      regionId: p.region_id, centerId: p.center_id, scopeName: p.scope_name ?? '',
    }
  }

  app.post(
    '/login',
    { schema: { tags, summary: 'Sign in as staff; sets the session cookie', body: LoginBody, response: { 200: Me, ...errorResponses } } },
    async (request, reply) => {
      const staff = await findActiveStaffByUsername(app.db, request.body.username.trim())
      if (!(await verifyPassword(staff?.password_hash, request.body.password)) || !staff)
        throw new AppError(401, 'invalid_credentials', 'Wrong username or password')
      const now = app.clock()
      const expiresAt = new Date(now.getTime() + app.config.sessionTtlHours * 3_600_000)
      await deleteExpiredSessions(app.db, now)
      const token = await createSession(app.db, { staffId: staff.id }, expiresAt)
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: app.config.cookieSecure, expires: expiresAt,
      })
      return profile(staff.id)
    },
  )

  app.post(
    '/logout',
    { schema: { tags, summary: 'Sign out; ends the session', response: { 204: { type: 'null' } } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE]
      if (token) await deleteSession(app.db, token)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send()
    },
  )

  app.get(
    '/me',
    { schema: { tags, summary: 'The signed-in staff member', security: [{ session: [] }], response: { 200: Me, ...errorResponses } } },
    async (request) => profile(requireActor(request).id),
  )
}
