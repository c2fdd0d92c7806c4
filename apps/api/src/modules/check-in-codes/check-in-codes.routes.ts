import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CheckInTokens, errorResponses } from '@linli/contracts'
import { unauthorized } from '../../plugins/errors'
import { findScreenByToken } from '../screens/screens.repository'
import { checkInPlaces } from './check-in-codes.repository'
import { checkInSecret } from './check-in-secret'
import { SLOT_SECONDS, signCheckInToken, slotOf, slotStart, tokenExpiry } from './check-in-tokens'

/**
 * Rotating check-in codes reach only paired screens (by their device token), never the public
 * board: a code anyone could fetch from home would prove nothing.
 */
export const checkInCodesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/screens/me/check-in-tokens',
    {
      schema: {
        tags: ['screens'], summary: `A paired screen reads fresh check-in codes for its center's rooms, today's activities and the center itself (the lobby's 到馆签到 code) (Authorization: Bearer <device token>); new ones every slot (${SLOT_SECONDS} s in production)`,
        response: { 200: CheckInTokens, ...errorResponses },
      },
    },
    async (request) => {
      const device = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
      const screen = device ? await findScreenByToken(app.db, device) : undefined
      if (!screen) throw unauthorized('This screen is not paired (or was revoked)')
      const now = app.clock()
      const slotSeconds = app.config.checkInSlotSeconds
      const secret = await checkInSecret(app)
      const places = await checkInPlaces(app.db, screen.center_id, now)
      return {
        centerId: screen.center_id,
        serverTime: now.toISOString(),
        refreshAt: slotStart(slotOf(now, slotSeconds) + 1, slotSeconds).toISOString(),
        expiresAt: tokenExpiry(now, slotSeconds).toISOString(),
        rooms: places.roomIds.map((roomId) => ({ roomId, token: signCheckInToken(secret, { kind: 'room', id: roomId }, now, slotSeconds) })),
        occurrences: places.occurrenceIds.map((occurrenceId) => ({ occurrenceId, token: signCheckInToken(secret, { kind: 'occurrence', id: occurrenceId }, now, slotSeconds) })),
        center: { token: signCheckInToken(secret, { kind: 'center', id: screen.center_id }, now, slotSeconds) },
      }
    },
  )
}
