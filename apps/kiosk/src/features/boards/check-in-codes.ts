import type { InjectionKey } from 'vue'
import type { CheckInTokens } from '@linli/contracts'

/** Codes read from the server, with how far the screen's clock is behind the server's (ms). */
export interface HeldCodes {
  tokens: CheckInTokens
  skew: number
}

/** A room's door code, an occurrence's code, or the lobby's 到馆签到 code for the whole center. */
export type CodePlace = 'room' | 'occurrence' | 'center'

/** A code is taken down this long before the server stops taking it: a resident needs a moment to scan and send. */
export const EXPIRY_MARGIN_MS = 10_000
/** Failed reads are tried again this often (the network, or the server, is back soon). */
export const RETRY_MS = 10_000

const serverNow = (held: HeldCodes, now: number) => now + held.skew

/** Whether the held codes may still be shown at `now` (the screen's clock). */
export const codesFresh = (held: HeldCodes | undefined, now: number): held is HeldCodes =>
  !!held && serverNow(held, now) < Date.parse(held.tokens.expiresAt) - EXPIRY_MARGIN_MS

/** The code to put in a QR for this room, occurrence or center, while it is fresh. */
export function tokenFor(held: HeldCodes | undefined, place: CodePlace, id: string, now: number): string | undefined {
  if (!codesFresh(held, now)) return undefined
  if (place === 'center') return held.tokens.centerId === id ? held.tokens.center.token : undefined
  return place === 'room'
    ? held.tokens.rooms.find((r) => r.roomId === id)?.token
    : held.tokens.occurrences.find((o) => o.occurrenceId === id)?.token
}

/** How long to wait before reading new codes: until the server's next slot (a second after it), never less than a second. */
export const msUntilRefresh = (held: HeldCodes, now: number) => Math.max(1000, Date.parse(held.tokens.refreshAt) - serverNow(held, now) + 1000)

/** How long the held codes may still be shown. */
export const msUntilStale = (held: HeldCodes, now: number) => Math.max(0, Date.parse(held.tokens.expiresAt) - EXPIRY_MARGIN_MS - serverNow(held, now))

/** What the boards read codes through: a paired screen's fresh code, or undefined (no pairing, offline too long). */
export type CodeOf = (place: CodePlace, id: string) => string | undefined
export const CHECK_IN_CODES: InjectionKey<CodeOf> = Symbol('check-in codes')
export const NO_CODES: CodeOf = () => undefined
