import type { FastifyReply } from 'fastify'
import { RESIDENT_COOKIE } from '@linli/contracts'
import type { App } from '../../app-instance'
import { createSession } from '../auth/sessions.repository'
import { setSessionCookie } from './resident-session.hook'

/** As long as a password sign-in's session (residents.routes.ts), so the two ways feel the same. */
const RESIDENT_SESSION_DAYS = 30

export async function signInResident(app: App, reply: FastifyReply, residentId: string) {
  const expiresAt = new Date(app.clock().getTime() + RESIDENT_SESSION_DAYS * 86_400_000)
  setSessionCookie(app, reply, RESIDENT_COOKIE, await createSession(app.db, { residentId }, expiresAt), expiresAt)
}
