import { describe, expect, it } from 'vitest'
import { checkInState, clock, landingRoute, rosterRoute, stamp } from './today-view'

describe('the 今日 page', () => {
  it('is where center staff and managers land; district admins land on the centers they oversee', () => {
    expect(['center_staff', 'center_manager', 'district_admin'].map(landingRoute)).toEqual(['today', 'today', 'centers'])
  })

  it('shows times on the center’s wall clock and links each activity to its sign-up list', () => {
    expect(clock('2026-11-20T06:00:00Z', 'Asia/Shanghai')).toBe('14:00')
    expect(stamp('2026-11-18T01:00:00Z', 'Asia/Shanghai')).toBe('11-18 09:00')
    expect(rosterRoute({ id: 'o1', centerId: 'c1', startsAt: '2026-11-20T16:30:00Z' }, 'Asia/Shanghai')).toEqual({
      name: 'occurrence-roster', params: { occurrenceId: 'o1' }, query: { center: 'c1', date: '2026-11-21' },
    })
  })

  it('offers a booking’s check-in once it opens, and says when before that', () => {
    const booking = { checkInOpensAt: '2026-11-20T14:15:00+08:00' }
    expect(checkInState(booking, 'Asia/Shanghai', new Date('2026-11-20T06:00:00Z'))).toEqual({ open: false, opensAt: '14:15' })
    expect(checkInState(booking, 'Asia/Shanghai', new Date('2026-11-20T06:15:00Z'))).toEqual({ open: true })
  })
})
