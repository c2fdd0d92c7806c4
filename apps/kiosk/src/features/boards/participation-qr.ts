import type { ScheduleItem } from '@linli/contracts'

/** When residents may check in to an occurrence: from `opensMinutes` before its start to `closesMinutes` after its end. */
export interface CheckInWindow {
  opensMinutes: number
  closesMinutes: number
}

/** Seat numbers of an occurrence, when the board has them (the sign-up listing). */
export interface SeatInfo {
  capacity: number | null
  seatsTaken: number
  waitlisted: number
  signupOpen: boolean
}

export type QrCard =
  | { kind: 'check-in'; item: ScheduleItem; ongoing: boolean }
  | { kind: 'sign-up'; item: ScheduleItem; seats?: SeatInfo }

const MINUTE = 60_000
/** A lobby shows a handful of sign-up codes, the soonest first: a code for every date of a month helps nobody. */
export const MAX_SIGN_UP_CARDS = 4

const live = (i: ScheduleItem) => i.status !== 'cancelled'

/** Whether `now` (ms) falls in the occurrence's check-in window. */
export const inCheckInWindow = (item: Pick<ScheduleItem, 'startsAt' | 'endsAt'>, now: number, w: CheckInWindow) =>
  now >= Date.parse(item.startsAt) - w.opensMinutes * MINUTE && now <= Date.parse(item.endsAt) + w.closesMinutes * MINUTE

const byStart = (a: ScheduleItem, b: ScheduleItem) =>
  Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.title.localeCompare(b.title, 'zh-CN')

/** Occurrences a visitor can check in to now: those on, then those about to start, then those just over. */
export function checkInItems(items: readonly ScheduleItem[], now: number, w: CheckInWindow): ScheduleItem[] {
  const rank = (i: ScheduleItem) => (Date.parse(i.startsAt) <= now && now < Date.parse(i.endsAt) ? 0 : Date.parse(i.startsAt) > now ? 1 : 2)
  return items.filter((i) => live(i) && inCheckInWindow(i, now, w)).sort((a, b) => rank(a) - rank(b) || byStart(a, b))
}

/**
 * What the lobby offers to scan: a check-in code for each occurrence in its window, and a sign-up
 * code for the next upcoming ones with a capacity (a list to sign up on) whose sign-up is open.
 * An occurrence never gets both: once check-in opens, signing up is done at the door.
 */
export function qrCards(
  items: readonly ScheduleItem[], now: number, w: CheckInWindow, seats: ReadonlyMap<string, SeatInfo> = new Map(),
): QrCard[] {
  const checkIn = checkInItems(items, now, w)
  const taken = new Set(checkIn.map((i) => i.id))
  const signUp = items
    .filter((i) => live(i) && !taken.has(i.id) && i.capacity !== null && Date.parse(i.startsAt) > now)
    .filter((i) => seats.get(i.id)?.signupOpen ?? true)
    .sort(byStart)
    .slice(0, MAX_SIGN_UP_CARDS)
  return [
    ...checkIn.map((item): QrCard => ({ kind: 'check-in', item, ongoing: Date.parse(item.startsAt) <= now && now < Date.parse(item.endsAt) })),
    ...signUp.map((item): QrCard => ({ kind: 'sign-up', item, ...(seats.has(item.id) && { seats: seats.get(item.id) }) })),
  ]
}

/** The occurrence whose check-in code a room's door panel shows big, if one is in its window now. */
export const doorCheckIn = (items: readonly ScheduleItem[], roomId: string, now: number, w: CheckInWindow) =>
  checkInItems(items.filter((i) => i.roomId === roomId), now, w)[0]
