import { type Static, Type } from '@sinclair/typebox'
import { Id, Timestamp } from './common'

/**
 * What proves a resident is at the room or activity they check in to: the `t` of the rotating QR
 * code on a lobby or door screen (valid for about a minute; the lobby's 到馆签到 code works for
 * everything at its center), or, where no screen shows one, the
 * center's 签到码 of the day that the service desk reads out (6 digits). Missing, expired or for
 * another place: 400 check_in_code_required / check_in_code_expired / check_in_code_other_place /
 * check_in_code_wrong, nothing changed.
 */
export const CheckInProof = Type.Object(
  { token: Type.Optional(Type.String({ maxLength: 64, description: 'The `t` of the screen\'s QR code, or the desk\'s 6-digit 签到码 of the day' })) },
  { additionalProperties: false },
)
export type CheckInProof = Static<typeof CheckInProof>

/**
 * Fresh check-in codes for what a paired screen may show: every active room of its center, every
 * occurrence there from 12 hours ago to 12 hours ahead, and the center's own 到馆签到 code, which the
 * lobby shows once for all of them (it checks in any booking or activity of that center). Each code works until `expiresAt`
 * (60-90 s after it was made); the screen reads new ones at `refreshAt` (every 30 s).
 */
export const CheckInTokens = Type.Object({
  centerId: Id,
  serverTime: Timestamp,
  refreshAt: Timestamp,
  expiresAt: Timestamp,
  rooms: Type.Array(Type.Object({ roomId: Id, token: Type.String() })),
  occurrences: Type.Array(Type.Object({ occurrenceId: Id, token: Type.String() })),
  center: Type.Object({ token: Type.String() }),
})
export type CheckInTokens = Static<typeof CheckInTokens>

/** A booking's code as staff type it or a USB scanner types it (spaces and dashes are ignored). */
export const BookingCodeCheckIn = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 32, description: "The booking's 8-digit code from the resident's phone" }) },
  { additionalProperties: false },
)
export type BookingCodeCheckIn = Static<typeof BookingCodeCheckIn>

/** Digits of a typed or scanned booking code: what a USB scanner or a person adds around them goes. */
export const normalizeBookingCode = (text: string) => text.replace(/[\s\-–—.]/g, '')

/** A booking code as shown to people: two groups of four digits. */
export const formatBookingCode = (code: string) => (/^\d{8}$/.test(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : code)
