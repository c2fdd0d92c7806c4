import { describe, expect, it } from 'vitest'
import type { Booking, Registration } from '@linli/contracts'
import { checkInCandidates, dueNow, itemPhase } from './center-check-in'

const booking = (over: Partial<Booking>) => ({
  id: 'b1', roomId: 'r1', roomName: '书画室', centerId: 'c1', centerName: '中心', startsAt: '2026-11-21T09:00:00+08:00', endsAt: '2026-11-21T10:00:00+08:00',
  status: 'approved', purpose: '练字', checkedInAt: null, ...over,
}) as Booking
const signup = (over: Partial<Registration>) => ({
  id: 'g1', occurrenceId: 'o1', centerId: 'c1', title: '健康讲座', roomName: null, location: '社区广场', startsAt: '2026-11-21T08:30:00+08:00',
  endsAt: '2026-11-21T09:30:00+08:00', status: 'confirmed', occurrenceStatus: 'scheduled', checkedInAt: null, ...over,
}) as Registration

describe('what the lobby\'s 到馆签到 code can check in', () => {
  it('lists today\'s bookings and sign-ups at this center by start, each posted to its room or occurrence', () => {
    const items = checkInCandidates([booking({})], [signup({})], 'c1', ['2026-11-21'])
    expect(items.map((i) => [i.kind, i.placeId, i.title, i.place])).toEqual([
      ['activity', 'o1', '健康讲座', '社区广场'],
      ['booking', 'r1', '书画室', '练字'],
    ])
  })

  it('leaves out other centers, other days, and what cannot be checked in, but keeps what was', () => {
    const bookings = [
      booking({ id: 'x1', centerId: 'c2' }),
      booking({ id: 'x2', startsAt: '2026-11-22T09:00:00+08:00' }),
      booking({ id: 'x3', status: 'requested' }),
      booking({ id: 'x4', status: 'cancelled' }),
      booking({ id: 'k1', status: 'checked_in', checkedInAt: '2026-11-21T00:55:00Z' }),
    ]
    const signups = [
      signup({ id: 'y1', status: 'waitlisted' }),
      signup({ id: 'y2', occurrenceStatus: 'cancelled' }),
      signup({ id: 'k2', status: 'confirmed', checkedInAt: '2026-11-21T00:25:00Z' }),
    ]
    expect(checkInCandidates(bookings, signups, 'c1', ['2026-11-21']).map((i) => i.key)).toEqual(['activity:k2', 'booking:k1'])
  })

  it('closes a booking\'s window after its start (no-show), an activity\'s after its end', () => {
    const w = { opensMinutes: 15, closesMinutes: 15 }
    const [activity, room] = checkInCandidates([booking({})], [signup({})], 'c1', ['2026-11-21'])
    const at = (iso: string) => Date.parse(iso)
    expect(itemPhase(room!, at('2026-11-21T08:44:00+08:00'), w)).toEqual({ kind: 'early', opensAt: at('2026-11-21T08:45:00+08:00') })
    expect(itemPhase(room!, at('2026-11-21T09:15:00+08:00'), w).kind).toBe('open')
    expect(itemPhase(room!, at('2026-11-21T09:16:00+08:00'), w).kind).toBe('closed')
    expect(itemPhase(activity!, at('2026-11-21T09:40:00+08:00'), w).kind).toBe('open')
  })

  it('lists tomorrow\'s only once its check-in has opened, before midnight', () => {
    const w = { opensMinutes: 240, closesMinutes: 15 }
    const [early] = checkInCandidates([booking({ startsAt: '2026-11-22T00:30:00+08:00', endsAt: '2026-11-22T01:00:00+08:00' })], [], 'c1', ['2026-11-21', '2026-11-22'])
    expect(dueNow(early!, '2026-11-21', Date.parse('2026-11-21T23:40:00+08:00'), w)).toBe(true)
    expect(dueNow(early!, '2026-11-21', Date.parse('2026-11-21T20:00:00+08:00'), w)).toBe(false)
  })
})
