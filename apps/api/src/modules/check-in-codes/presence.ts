import { addDays, localDateOf } from '@linli/schedule'
import type { FastifyRequest } from 'fastify'
import type { App } from '../../app-instance'
import { badRequest } from '../../plugins/errors'
import { checkInSecret } from './check-in-secret'
import { type CheckInPlace, type TokenVerdict, deskCode, isDeskCodeShape, verifyCheckInToken } from './check-in-tokens'

/** Where the resident checks in: the room or occurrence, and its center (whose desk code and lobby code also work). */
export interface PresenceAt extends CheckInPlace {
  kind: 'room' | 'occurrence'
  centerId: string
  timeZone: string
}

/**
 * Refuses a resident's check-in unless they show they are there: the rotating code of a screen
 * for this very room or occurrence, the lobby's rotating 到馆签到 code of its center, or the center's
 * desk code of today. The desk code already holds center-wide for a whole day, so taking the
 * center's rotating code too asks no less of the resident. Nothing is changed on refusal.
 */
export async function assertPresent(app: App, at: PresenceAt, proof: string | undefined) {
  const text = proof?.trim().replace(/\s+/g, '') ?? ''
  const what = at.kind === 'room' ? 'room' : 'activity'
  if (!text) throw badRequest('check_in_code_required', `Scan the code on the ${what}'s screen, or ask the service desk for today's check-in code`)
  const secret = await checkInSecret(app)
  const now = app.clock()
  if (isDeskCodeShape(text)) {
    const today = localDateOf(now, at.timeZone)
    if (text === deskCode(secret, at.centerId, today)) return
    if (text === deskCode(secret, at.centerId, addDays(today, -1))) throw badRequest('check_in_code_expired', "That was yesterday's check-in code; ask the service desk for today's")
    throw badRequest('check_in_code_wrong', "This is not today's check-in code of this center; ask the service desk again")
  }
  const verdict = verdictOf([
    verifyCheckInToken(secret, at, text, now, app.config.checkInSlotSeconds),
    verifyCheckInToken(secret, { kind: 'center', id: at.centerId }, text, now, app.config.checkInSlotSeconds),
  ])
  if (verdict === 'ok') return
  if (verdict === 'expired') throw badRequest('check_in_code_expired', `The code has expired; scan the code on the ${what}'s screen again, or ask the service desk`)
  throw badRequest('check_in_code_other_place', `This code is not for this ${what}; scan the code on its own screen or in this center's lobby, or ask the service desk`)
}

/** A token is good if it is good for any of the places it may be for, and expired if it was one of them once. */
const verdictOf = (verdicts: TokenVerdict[]): TokenVerdict =>
  verdicts.includes('ok') ? 'ok' : verdicts.includes('expired') ? 'expired' : 'other_place'

/** Today's desk code of a center, for its staff. */
export async function todaysDeskCode(app: App, centerId: string, timeZone: string) {
  return deskCode(await checkInSecret(app), centerId, localDateOf(app.clock(), timeZone))
}

/** A phone page from before check-in codes posts no body at all: it is told a code is missing, not that the body is malformed. */
export async function noBodyAsNoProof(request: FastifyRequest) {
  request.body ??= {}
}
