import { randomBytes } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  PhoneCodeRequest, PhoneCodeRequested, ResetPasswordWithCode, Resident, SignInWithCode, SignUpWithCode, signInErrorResponses,
} from '@linli/contracts'
import { AppError, conflict } from '../../plugins/errors'
import { hashPassword } from '../auth/passwords'
import { deleteSessionsOfResident } from '../auth/sessions.repository'
import { CODE_TTL_MS, invalidCode, issueCode, redeemCode, tooManyCodes } from './phone-codes'
import { codeSender } from './phone-codes-sms'
import { setResidentPassword } from './phone-codes.repository'
import { findActiveResidentByPhone, insertResidentIfPhoneFree, toResident } from './residents.repository'
import { signInResident } from './phone-codes-session'

export const phoneCodesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['residents']
  // Per address, on top of the per-code tries: guessing across many numbers from one place is slow too.
  const rateLimit = { max: 10, timeWindow: '1 minute' }
  const send = codeSender(app)
  const errors = signInErrorResponses

  /*
   * The answer is the same for every number. Sign-in and reset codes go only to registered
   * numbers; an unknown number gets a row with a code nobody is sent, so limits and later answers
   * match. Sign-up codes go to every number: the owner of one that has an account learns so only
   * after typing the code (409 phone_registered), which a stranger cannot do. The SMS goes out
   * after the answer, so its time does not tell either.
   */
  app.post(
    '/residents/phone-codes',
    { schema: { tags, summary: 'Send a one-time SMS code (the same answer for every number)', body: PhoneCodeRequest, response: { 202: PhoneCodeRequested, ...errors } } },
    async (request, reply) => {
      const { phone, purpose } = request.body
      if (!send) throw new AppError(503, 'codes_unavailable', 'SMS codes are not set up on this server (SMS_CODE_TEMPLATE); sign in with a password')
      const issued = await issueCode(app, request.ip, phone, purpose)
      if ('retryAfterMs' in issued) {
        const seconds = Math.ceil(issued.retryAfterMs / 1000)
        reply.header('retry-after', String(seconds))
        throw tooManyCodes(seconds)
      }
      const deliver = purpose === 'sign_up' || purpose === 'change_phone' || !!(await findActiveResidentByPhone(app.db, phone))
      if (deliver) {
        setImmediate(() => {
          send(phone, issued.code, issued.id)
            .then((r) => { if ('retry' in r || 'dead' in r) request.log.warn({ sms: r }, 'SMS code not sent') })
            .catch((err: unknown) => request.log.error({ err }, 'SMS code not sent'))
        })
      }
      return reply.status(202).send({ expiresInSeconds: CODE_TTL_MS / 1000, resendAfterSeconds: app.config.smsResendSeconds })
    },
  )

  app.post(
    '/residents/sign-up-with-code',
    { config: { rateLimit }, schema: { tags, summary: 'Create a resident account with a sign-up code, and sign in', body: SignUpWithCode, response: { 201: Resident, ...errors } } },
    async (request, reply) => {
      const { phone, code, name, password, organisationName } = request.body
      // No password: one nobody knows, so only codes sign in until the resident sets one by reset.
      const passwordHash = await hashPassword(password ?? randomBytes(32).toString('base64url'))
      const row = await redeemCode(app, phone, 'sign_up', code, async (trx) => {
        const created = await insertResidentIfPhoneFree(trx, { name, phone, passwordHash, organisationName: organisationName ?? null })
        // Only the number's owner gets here, so saying so reveals nothing; the code stays unused.
        if (!created) throw conflict('phone_registered', 'This phone number already has an account; sign in with a code instead')
        return created
      })
      await signInResident(app, reply, row.id)
      return reply.status(201).send(toResident(row))
    },
  )

  app.post(
    '/residents/sign-in-with-code',
    { config: { rateLimit }, schema: { tags, summary: 'Sign in with a one-time SMS code', body: SignInWithCode, response: { 200: Resident, ...errors } } },
    async (request, reply) => {
      const { phone, code } = request.body
      const row = await redeemCode(app, phone, 'sign_in', code, async (trx) => {
        // A code for an unknown number was never sent: a lucky guess of it is just a wrong code.
        const found = await findActiveResidentByPhone(trx, phone)
        if (!found) throw invalidCode()
        return found
      })
      await signInResident(app, reply, row.id)
      return toResident(row)
    },
  )

  app.post(
    '/residents/reset-password',
    { config: { rateLimit }, schema: { tags, summary: 'Set a new password with a reset code, and sign in', body: ResetPasswordWithCode, response: { 200: Resident, ...errors } } },
    async (request, reply) => {
      const { phone, code, newPassword } = request.body
      const passwordHash = await hashPassword(newPassword)
      const row = await redeemCode(app, phone, 'reset_password', code, async (trx) => {
        const found = await findActiveResidentByPhone(trx, phone)
        if (!found) throw invalidCode()
        await setResidentPassword(trx, found.id, passwordHash)
        // A reset is what someone does who fears another has the password: every old session ends.
        await deleteSessionsOfResident(trx, found.id)
        return found
      })
      await signInResident(app, reply, row.id)
      return toResident(row)
    },
  )
}
