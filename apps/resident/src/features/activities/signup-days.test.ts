import { describe, expect, it } from 'vitest'
import type { SignupItem } from '@linli/contracts'
import { signupDays } from './signup-days'

const item = (title: string, startsAt: string, extra: Partial<SignupItem> = {}): SignupItem => ({
  id: `${title}-${startsAt}`, activityId: 'a', title, description: '', category: 'women', audiences: ['women'], organiserName: '社区妇联',
  roomId: 'r', roomName: '妇女之家', location: null, startsAt: `${startsAt}:00+08:00`, endsAt: `${startsAt.slice(0, 11)}23:00:00+08:00`,
  status: 'scheduled', capacity: 20, recurring: false, seatsTaken: 0, waitlisted: 0, signupOpen: true,
  signupClosesAt: `${startsAt}:00+08:00`, ...extra,
})

describe('signupDays', () => {
  it('groups by the center\'s date in time order, naming today and tomorrow, and drops cancelled ones', () => {
    const days = signupDays([
      item('手工坊', '2026-11-25T14:00'),
      item('读书会', '2026-11-23T19:00'),
      item('太极', '2026-11-23T08:00'),
      item('义诊', '2026-11-24T09:00', { status: 'cancelled' }),
      item('合唱', '2026-11-24T15:00'),
    ], '2026-11-23')
    expect(days.map((d) => [d.date, d.near ?? null, d.items.map((i) => i.title)])).toEqual([
      ['2026-11-23', 'today', ['太极', '读书会']],
      ['2026-11-24', 'tomorrow', ['合唱']],
      ['2026-11-25', null, ['手工坊']],
    ])
  })
})
