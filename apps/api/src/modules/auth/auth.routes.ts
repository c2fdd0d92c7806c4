import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { FirstRun, LoginBody, Me, PasswordChange, SESSION_COOKIE, errorResponses, signInErrorResponses } from '@linli/contracts'
import { Type } from '@sinclair/typebox'
import { AppError, unauthorized } from '../../plugins/errors'
import { verifyPassword } from './passwords'
import { requireActor } from './session.hook'
import { createSession, deleteExpiredSessions, deleteSession } from './sessions.repository'
import { beginSignIn } from './sign-in-throttle'
import { deleteSessionsOfStaff, findActiveStaffByUsername, hasAnyStaff, findStaff, findStaffProfile, updateStaffRow } from './staff.repository'
import { assertStrongPassword } from './password-rules'
import { hashPassword } from './passwords'

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
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } }, schema: { tags, summary: 'Sign in as staff; sets the session cookie', body: LoginBody, response: { 200: Me, ...signInErrorResponses } } },
    async (request, reply) => {
      const username = request.body.username.trim().toLowerCase()
      const attempt = await beginSignIn(app, request, reply, 'staff', username)
      // An unknown name costs the same hash check (against a dummy) and gets the same answer.
      const staff = await findActiveStaffByUsername(app.db, username)
      if (!(await verifyPassword(staff?.password_hash, request.body.password)) || !staff)
        throw new AppError(401, 'invalid_credentials', 'Wrong username or password')
      await attempt.succeeded()
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

  // Public: the sign-in page shows how to create the first account instead of a form no one can pass.
  app.get(
    '/first-run',
    { schema: { tags, summary: 'Whether no staff account exists yet (a new installation)', response: { 200: FirstRun } } },
    async () => ({ needsAdmin: !(await hasAnyStaff(app.db)) }),
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

  app.post(
    '/logout-everywhere',
    { schema: { tags, summary: 'Sign out on every device', security: [{ session: [] }], response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      await deleteSessionsOfStaff(app.db, actor.id)
      await request.audit({ entity: 'staff', entityId: actor.id, action: 'sign_out_everywhere' })
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/password',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } }, schema: { tags, summary: 'Change your own password; other sessions end', security: [{ session: [] }], body: PasswordChange, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request)
      const staff = (await findStaff(app.db, actor.id))!
      if (!(await verifyPassword(staff.password_hash, request.body.currentPassword))) throw new AppError(400, 'wrong_password', 'The current password is wrong')
      assertStrongPassword(request.body.newPassword, staff.username)
      await updateStaffRow(app.db, actor.id, { passwordHash: await hashPassword(request.body.newPassword) }, app.clock())
      await deleteSessionsOfStaff(app.db, actor.id)
      await request.audit({ entity: 'staff', entityId: actor.id, action: 'change_password' })
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )
}
