import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { RESIDENT_COOKIE, Resident, ResidentLogin, ResidentSignup, errorResponses, signInErrorResponses } from '@linli/contracts'
import { AppError, conflict, notFound } from '../../plugins/errors'
import { hashPassword, verifyPassword } from '../auth/passwords'
import { createSession, deleteSession } from '../auth/sessions.repository'
import { beginSignIn } from '../auth/sign-in-throttle'
import { requireResident, setSessionCookie } from './resident-session.hook'
import { findActiveResidentByPhone, findResident, insertResidentIfPhoneFree, toResident } from './residents.repository'

const RESIDENT_SESSION_DAYS = 30

export const residentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['residents']
  const rateLimit = { max: 10, timeWindow: '1 minute' }

  async function signIn(reply: Parameters<typeof setSessionCookie>[1], residentId: string) {
    const expiresAt = new Date(app.clock().getTime() + RESIDENT_SESSION_DAYS * 86_400_000)
    setSessionCookie(app, reply, RESIDENT_COOKIE, await createSession(app.db, { residentId }, expiresAt), expiresAt)
  }

  // Sign-up shares sign-in's throttle (scope 'resident', keyed by the number and the client), and
  // a number that has an account counts as a failed attempt. Until sign-up proves the number by an
  // SMS code, "this number has an account" cannot be hidden: a free number must get an account
  // and a taken one must not. What we can do is bound it: one address learns at most as many
  // taken numbers as it may guess passwords, and probing a free number creates an account for it,
  // which is visible. The SMS-code issue will answer every sign-up alike ("we sent a code") and
  // tell an existing owner by SMS instead, which ends enumeration rather than slowing it.
  app.post(
    '/residents/signup',
    { config: { rateLimit }, schema: { tags, summary: 'Create a resident account and sign in', body: ResidentSignup, response: { 201: Resident, ...signInErrorResponses } } },
    async (request, reply) => {
      const { name, phone, password, organisationName } = request.body
      const attempt = await beginSignIn(app, request, reply, 'resident', phone)
      const row = await insertResidentIfPhoneFree(app.db, { name, phone, passwordHash: await hashPassword(password), organisationName: organisationName ?? null })
      if (!row) throw conflict('phone_registered', 'This phone number already has an account; sign in instead')
      await attempt.succeeded()
      await signIn(reply, row.id)
      return reply.status(201).send(toResident(row))
    },
  )

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
