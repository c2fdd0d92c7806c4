import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { RESIDENT_COOKIE, Resident, ResidentLogin, errorResponses, signInErrorResponses } from '@linli/contracts'
import { AppError, notFound } from '../../plugins/errors'
import { verifyPassword } from '../auth/passwords'
import { createSession, deleteSession } from '../auth/sessions.repository'
import { beginSignIn } from '../auth/sign-in-throttle'
import { requireResident, setSessionCookie } from './resident-session.hook'
import { findActiveResidentByPhone, findResident, toResident } from './residents.repository'

const RESIDENT_SESSION_DAYS = 30

export const residentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['residents']
  const rateLimit = { max: 10, timeWindow: '1 minute' }

  async function signIn(reply: Parameters<typeof setSessionCookie>[1], residentId: string) {
    const expiresAt = new Date(app.clock().getTime() + RESIDENT_SESSION_DAYS * 86_400_000)
    setSessionCookie(app, reply, RESIDENT_COOKIE, await createSession(app.db, { residentId }, expiresAt), expiresAt)
  }

  // Accounts are made only by sign-up with an SMS code (phone-codes.routes.ts), which answers
  // every number alike: a password sign-up had to say "this number is taken" to anyone who asked.
  app.post(
    '/residents/login',
    { config: { rateLimit }, schema: { tags, summary: 'Sign in with phone number and password', body: ResidentLogin, response: { 200: Resident, ...signInErrorResponses } } },
    async (request, reply) => {
      const attempt = await beginSignIn(app, request, reply, 'resident', request.body.phone)
      // An unknown number costs the same hash check (against a dummy) and gets the same answer.
      const row = await findActiveResidentByPhone(app.db, request.body.phone)
      if (!(await verifyPassword(row?.password_hash, request.body.password)) || !row)
        throw new AppError(401, 'invalid_credentials', 'Wrong phone number or password')
      await attempt.succeeded()
      await signIn(reply, row.id)
      return toResident(row)
    },
  )

  app.post('/residents/logout', { schema: { tags, summary: 'Sign out', response: { 204: Type.Null() } } }, async (request, reply) => {
    const token = request.cookies[RESIDENT_COOKIE]
    if (token) await deleteSession(app.db, token)
    reply.clearCookie(RESIDENT_COOKIE, { path: '/' })
    return reply.status(204).send(null)
  })

  app.get('/residents/me', { schema: { tags, summary: 'The signed-in resident', response: { 200: Resident, ...errorResponses } } }, async (request) => {
    const row = await findResident(app.db, requireResident(request))
    if (!row) throw notFound('Resident')
    return toResident(row)
  })
}
