import { describe, expect, it } from 'vitest'
import { seatText } from './seat-text'

const seats = (capacity: number | null, seatsTaken: number, waitlisted = 0, signupOpen = true) => ({ capacity, seatsTaken, waitlisted, signupOpen })

describe('seatText', () => {
  it('counts the seats left', () => {
    expect(seatText(seats(30, 25))).toEqual({ key: 'participation.seats.left', values: { n: 5, capacity: 30 }, tone: 'good', waitlist: false })
  })

  it('offers the waiting list when full, counting who is already waiting', () => {
    expect(seatText(seats(30, 30))).toMatchObject({ key: 'participation.seats.full', waitlist: true })
    expect(seatText(seats(30, 30, 4))).toMatchObject({ key: 'participation.seats.fullWaiting', values: { n: 4 }, waitlist: true })
    // Capacity lowered below the seats already given: still full, never "-2 left".
    expect(seatText(seats(20, 22))).toMatchObject({ key: 'participation.seats.full' })
  })

  it('says when there is no limit, and when sign-up has closed', () => {
    expect(seatText(seats(null, 80))).toMatchObject({ key: 'participation.seats.unlimited', waitlist: false })
    expect(seatText(seats(30, 10, 0, false))).toMatchObject({ key: 'participation.seats.closed', tone: 'neutral' })
  })
})
