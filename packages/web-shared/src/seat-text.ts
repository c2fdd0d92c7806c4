/** Seat numbers as the sign-up list and the lobby have them. */
export interface SeatNumbers {
  capacity: number | null
  seatsTaken: number
  waitlisted: number
  signupOpen: boolean
}

export type SeatTone = 'good' | 'pending' | 'neutral'

export interface SeatText {
  key: string
  values: Record<string, number>
  tone: SeatTone
  /** Signing up now would join the waiting list. */
  waitlist: boolean
}

/**
 * 余 5 个名额 / 已满·可候补 / 不限名额 / 报名已截止. Words carry the state; the tone only repeats it.
 * The waiting list is counted only when someone is on it, so a full activity reads calmly.
 */
export function seatText(s: SeatNumbers): SeatText {
  if (!s.signupOpen) return { key: 'participation.seats.closed', values: {}, tone: 'neutral', waitlist: false }
  if (s.capacity === null) return { key: 'participation.seats.unlimited', values: {}, tone: 'good', waitlist: false }
  const left = s.capacity - s.seatsTaken
  if (left > 0) return { key: 'participation.seats.left', values: { n: left, capacity: s.capacity }, tone: 'good', waitlist: false }
  return s.waitlisted > 0
    ? { key: 'participation.seats.fullWaiting', values: { n: s.waitlisted }, tone: 'pending', waitlist: true }
    : { key: 'participation.seats.full', values: {}, tone: 'pending', waitlist: true }
}
