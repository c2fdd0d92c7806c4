import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  ACCOUNT_DELETION_WORD, AccountDeletion, AccountExport, RESIDENT_COOKIE, Resident, ResidentPasswordChange, ResidentPhoneChange, ResidentProfilePatch,
  errorResponses, signInErrorResponses,
} from '@linli/contracts'
import { AppError, badRequest, conflict, notFound } from '../../plugins/errors'
import { hashPassword, verifyPassword } from '../auth/passwords'
import { deleteSessionsOfResident } from '../auth/sessions.repository'
import { deleteAccount } from './account-deletion'
import { exportAccount } from './account-export'
import { moveToPhone, updateResidentProfile } from './account.repository'
import { redeemCode } from './phone-codes'
import { setResidentPassword } from './phone-codes.repository'
import { requireResident } from './resident-session.hook'
import { findResident, toResident } from './residents.repository'

/** The account page: a resident changes, downloads or deletes what we keep about them. */
export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['residents']
  const rateLimit = { max: 10, timeWindow: '1 minute' }

  async function me(residentId: string) {
    const row = await findResident(app.db, residentId)
    if (!row) throw notFound('Resident')
    return row
  }

  app.patch(
    '/residents/me',
    { schema: { tags, summary: 'Change your name or language', body: ResidentProfilePatch, response: { 200: Resident, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      await updateResidentProfile(app.db, residentId, request.body)
      return toResident(await me(residentId))
    },
  )

  app.post(
    '/residents/me/password',
    { config: { rateLimit }, schema: { tags, summary: 'Change your password (the current one is required)', body: ResidentPasswordChange, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const row = await me(requireResident(request))
      if (!(await verifyPassword(row.password_hash, request.body.currentPassword)))
        throw new AppError(400, 'wrong_password', 'The current password is wrong; if you never set one, use "forgot password" to set it by SMS code')
      const passwordHash = await hashPassword(request.body.newPassword)
      // Whoever else had the old password (a lost phone, a shared tablet) is signed out; this phone stays in.
      await app.db.transaction().execute(async (trx) => {
        await setResidentPassword(trx, row.id, passwordHash)
        await deleteSessionsOfResident(trx, row.id, request.cookies[RESIDENT_COOKIE])
      })
      return reply.status(204).send(null)
    },
  )

  // The new number is proven like a sign-up's: a 'change_phone' code, sent to any number asked
  // for. Only its owner can type the code, so only they learn that another account has it.
  app.post(
    '/residents/me/phone',
    { config: { rateLimit }, schema: { tags, summary: 'Change your phone number with a code sent to the new one', body: ResidentPhoneChange, response: { 200: Resident, ...signInErrorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      const { phone, code } = request.body
      const row = await redeemCode(app, phone, 'change_phone', code, async (trx) => {
        const moved = await moveToPhone(trx, residentId, phone)
        if (!moved) throw conflict('phone_registered', 'This phone number already has an account')
        return moved
      })
      return toResident(row)
    },
  )

  app.get(
    '/residents/me/export',
    { schema: { tags, summary: 'Download everything kept about you, as JSON', response: { 200: AccountExport, ...errorResponses } } },
    async (request, reply) => {
      const now = app.clock()
      const data = await exportAccount(app.db, requireResident(request), now)
      if (!data) throw notFound('Resident')
      reply.header('content-disposition', `attachment; filename="linli-my-data-${now.toISOString().slice(0, 10)}.json"`)
      return data
    },
  )

  app.delete(
    '/residents/me',
    { config: { rateLimit }, schema: { tags, summary: `Delete your account (type ${ACCOUNT_DELETION_WORD} to confirm)`, body: AccountDeletion, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const residentId = requireResident(request)
      if (request.body.confirm.trim() !== ACCOUNT_DELETION_WORD)
        throw badRequest('confirmation_required', `Type ${ACCOUNT_DELETION_WORD} to confirm that the account is to be deleted`)
      const cancelled = await deleteAccount(app, residentId)
      // One entry per center whose bookings or sign-ups went with the account, so its managers see
      // why; one without a center when nothing did. Counts only: the person is gone from the row too.
      const entries = cancelled.length ? cancelled : [{ centerId: null, cancelledBookings: 0, cancelledRegistrations: 0 }]
      for (const { centerId, ...after } of entries)
        await request.audit({ entity: 'resident', entityId: residentId, action: 'delete_account', centerId, after })
      reply.clearCookie(RESIDENT_COOKIE, { path: '/' })
      return reply.status(204).send(null)
    },
  )
}
