import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The rotating codes on lobby and door screens. A token names its time slot and carries an HMAC of
 * what it is for (a room, an occurrence, or a whole center: the lobby's 到馆签到 code) and that slot, under a secret only the server knows:
 * nobody can make one, and one photographed or sent on stops working within a minute and a half.
 */
export const SLOT_SECONDS = 30
/**
 * The slot a token was made in and the next two: a screen refreshing every slot shows a code good for
 * 2-3 slots (60-90 s at the production 30 s; a test server may run shorter slots, config.checkInSlotSeconds).
 */
export const SLOTS_ACCEPTED = 3

export type CheckInPlace = { kind: 'room' | 'occurrence' | 'center'; id: string }
export type TokenVerdict = 'ok' | 'expired' | 'other_place'

export const slotOf = (at: Date, slotSeconds: number) => Math.floor(at.getTime() / (slotSeconds * 1000))
export const slotStart = (slot: number, slotSeconds: number) => new Date(slot * slotSeconds * 1000)

const mac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest()

/** 16 base64url characters (96 bits) keep the QR code small enough to scan across a lobby. */
const signature = (secret: string, place: CheckInPlace, slot: number) => mac(secret, `check-in:${place.kind}:${place.id}:${slot}`).subarray(0, 12).toString('base64url')

export const signCheckInToken = (secret: string, place: CheckInPlace, at: Date, slotSeconds: number) => {
  const slot = slotOf(at, slotSeconds)
  return `${slot.toString(36)}.${signature(secret, place, slot)}`
}

/** When a token made at `at` stops working. */
export const tokenExpiry = (at: Date, slotSeconds: number) => slotStart(slotOf(at, slotSeconds) + SLOTS_ACCEPTED, slotSeconds)

const TOKEN = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{16})$/

/**
 * Whether `token` is a code for this place made at most SLOTS_ACCEPTED slots ago (one slot ahead is
 * taken too: replicas' clocks differ by a little). Anything not signed for this place, including
 * text that is no token at all, is "for another place": that is what a resident can have scanned.
 */
export function verifyCheckInToken(secret: string, place: CheckInPlace, token: string, now: Date, slotSeconds: number): TokenVerdict {
  const m = TOKEN.exec(token)
  if (!m) return 'other_place'
  const slot = Number.parseInt(m[1]!, 36)
  const expected = Buffer.from(signature(secret, place, slot))
  const given = Buffer.from(m[2]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'other_place'
  const age = slotOf(now, slotSeconds) - slot
  if (age < -1) return 'other_place'
  return age < SLOTS_ACCEPTED ? 'ok' : 'expired'
}

/** The center's 签到码 for a local date: 6 digits the service desk reads out where no screen shows a code. */
export function deskCode(secret: string, centerId: string, localDate: string): string {
  const n = mac(secret, `desk:${centerId}:${localDate}`).readUInt32BE(0) % 1_000_000
  return n.toString().padStart(6, '0')
}

export const isDeskCodeShape = (text: string) => /^\d{6}$/.test(text)
