import { describe, expect, it } from 'vitest'
import type { Announcement } from '@linli/contracts'
import { announcementStatus, sortAnnouncements } from './announcement-status'

const now = Date.parse('2026-12-11T01:00:00Z')
const at = (days: number) => new Date(now + days * 86_400_000).toISOString()
const a = (id: string, from: number, to: number, priority: Announcement['priority'] = 'normal'): Announcement => ({
  id, text: id, centerId: 'c1', regionId: null, startsAt: at(from), endsAt: at(to), priority, createdAt: at(-30),
})

describe('announcementStatus', () => {
  it('is scheduled before the start, current until the end, then ended', () => {
    expect(announcementStatus(a('x', 1, 2), now)).toBe('scheduled')
    expect(announcementStatus(a('x', -1, 2), now)).toBe('current')
    expect(announcementStatus(a('x', 0, 1), now)).toBe('current')
    expect(announcementStatus(a('x', -2, 0), now)).toBe('ended')
  })
})

describe('sortAnnouncements', () => {
  it('lists current (high first), then scheduled soonest first, then ended latest first', () => {
    const list = [a('ended-old', -9, -8), a('later', 5, 6), a('now', -1, 1), a('ended-new', -3, -1), a('soon', 1, 2), a('urgent', -2, 1, 'high')]
    expect(sortAnnouncements(list, now).map((x) => x.id)).toEqual(['urgent', 'now', 'soon', 'later', 'ended-new', 'ended-old'])
  })
})
