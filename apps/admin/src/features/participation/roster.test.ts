import { describe, expect, it } from 'vitest'
import type { Roster, RosterEntry } from '@linli/contracts'
import { attendanceParts, checkInUrl, groupRoster, isLive, isTickable, offerTimeLeft, seatsLeft } from './roster'

let n = 0
function entry(status: RosterEntry['status'], extra: Partial<RosterEntry> = {}): RosterEntry {
  n++
  return {
    id: `r${n}`, occurrenceId: 'o1', activityId: 'a1', centerId: 'c1', title: '科普讲座', category: 'science',
    roomName: '讲堂', location: null, startsAt: '2026-12-11T09:00:00+08:00', endsAt: '2026-12-11T10:00:00+08:00',
    status, occurrenceStatus: 'scheduled', waitlistPosition: null, offerExpiresAt: null, lateCancellation: false, checkedInAt: null,
    createdAt: `2026-12-01T0${n % 10}:00:00.000Z`, residentId: `res${n}`, residentName: `居民${n}`, residentPhone: '13800138000', source: 'resident',
    ...extra,
  } as RosterEntry
}
type CheckIn = Roster['checkIns'][number]
const checkIn = (extra: Partial<CheckIn>): CheckIn => ({
  id: `c${++n}`, residentId: null, residentName: null, method: 'staff', headcount: 1, checkedInAt: '2026-12-11T01:00:00.000Z', ...extra,
})

describe('sign-up list', () => {
  it('puts each entry under its tab, expired offers with the cancellations', () => {
    const list = [entry('confirmed'), entry('waitlisted', { waitlistPosition: 1 }), entry('offered', { offerExpiresAt: '2026-12-10T12:00:00+08:00' }), entry('cancelled'), entry('expired')]
    const tabs = groupRoster(list)
    expect(tabs.confirmed.map((e) => e.status)).toEqual(['confirmed'])
    expect(tabs.waitlisted).toHaveLength(1)
    expect(tabs.offered).toHaveLength(1)
    expect(tabs.cancelled.map((e) => e.status).sort()).toEqual(['cancelled', 'expired'])
  })

  it('orders the waitlist by place, offers by what runs out first, cancellations newest first', () => {
    const second = entry('waitlisted', { waitlistPosition: 2, createdAt: '2026-12-01T01:00:00.000Z' })
    const first = entry('waitlisted', { waitlistPosition: 1, createdAt: '2026-12-01T02:00:00.000Z' })
    const late = entry('offered', { offerExpiresAt: '2026-12-10T14:00:00+08:00' })
    const soon = entry('offered', { offerExpiresAt: '2026-12-10T12:00:00+08:00' })
    const old = entry('cancelled', { createdAt: '2026-11-01T00:00:00.000Z' })
    const recent = entry('cancelled', { createdAt: '2026-11-20T00:00:00.000Z' })
    const tabs = groupRoster([second, late, old, first, soon, recent])
    expect(tabs.waitlisted.map((e) => e.id)).toEqual([first.id, second.id])
    expect(tabs.offered.map((e) => e.id)).toEqual([soon.id, late.id])
    expect(tabs.cancelled.map((e) => e.id)).toEqual([recent.id, old.id])
  })

  it('lets staff tick seats (offered ones too) and cancel live places only', () => {
    expect(['confirmed', 'offered', 'waitlisted', 'cancelled', 'expired'].map((s) => isTickable({ status: s as RosterEntry['status'] }))).toEqual([true, true, false, false, false])
    expect(['confirmed', 'offered', 'waitlisted', 'cancelled', 'expired'].map((s) => isLive({ status: s as RosterEntry['status'] }))).toEqual([true, true, true, false, false])
  })

  it('splits attendance into listed residents, others and walk-ins, and finds the walk-in to undo', () => {
    const a = entry('confirmed')
    const b = entry('confirmed')
    const gone = entry('cancelled')
    const roster = {
      entries: [a, b, gone],
      checkIns: [
        checkIn({ residentId: a.residentId, residentName: a.residentName, method: 'qr' }),
        checkIn({ residentId: gone.residentId, residentName: gone.residentName }),
        checkIn({ method: 'walk_in', headcount: 5, checkedInAt: '2026-12-11T01:10:00.000Z' }),
        checkIn({ method: 'walk_in', headcount: 2, checkedInAt: '2026-12-11T01:20:00.000Z' }),
      ],
    }
    const parts = attendanceParts(roster)
    expect(parts.registered).toBe(1)
    expect(parts.unlisted.map((c) => c.residentName)).toEqual([gone.residentName])
    expect(parts.walkIns).toBe(7)
    expect(parts.lastWalkIn?.headcount).toBe(2)
    expect(attendanceParts({ entries: [], checkIns: [] }).lastWalkIn).toBeNull()
  })

  it('counts down an offer in whole minutes and stops at expiry', () => {
    const now = new Date('2026-12-10T02:00:00Z')
    expect(offerTimeLeft('2026-12-10T12:00:00+08:00', now)).toEqual({ hours: 2, minutes: 0 })
    expect(offerTimeLeft('2026-12-10T10:00:30+08:00', now)).toEqual({ hours: 0, minutes: 1 })
    expect(offerTimeLeft('2026-12-10T10:00:00+08:00', now)).toBeNull()
    expect(offerTimeLeft(null, now)).toBeNull()
  })

  it('tells seats left, never below zero, and none without a limit', () => {
    expect(seatsLeft({ capacity: 30, seatsTaken: 12 })).toBe(18)
    expect(seatsLeft({ capacity: 30, seatsTaken: 31 })).toBe(0)
    expect(seatsLeft({ capacity: null, seatsTaken: 5 })).toBeNull()
  })

  it('points the QR code at the phone check-in page of the occurrence', () => {
    expect(checkInUrl('https://linli.example', 'abc')).toBe('https://linli.example/m/check-in/abc')
  })
})
