import { describe, expect, it } from 'vitest'
import type { Notification } from '@linli/contracts'
import { allMarkedRead, markedRead, mergePage } from './inbox-list'

const n = (id: string, minute: number, readAt: string | null = null): Notification => ({
  id, kind: 'seat_offered', centerId: 'c', title: `t${id}`, body: '', link: '/m/registrations', params: {},
  createdAt: `2026-12-06T06:${String(minute).padStart(2, '0')}:00.000Z`, readAt,
})

describe('mergePage', () => {
  it('appends an older page below what is shown', () => {
    expect(mergePage([n('c', 30), n('b', 20)], [n('a', 10)]).map((x) => x.id)).toEqual(['c', 'b', 'a'])
  })

  it('lists each notification once when a page overlaps (new ones arrived meanwhile)', () => {
    // Shown: c, b. Then d arrived, so "offset 2" returns b again, then a.
    const merged = mergePage([n('d', 40), n('c', 30), n('b', 20)], [n('b', 20), n('a', 10)])
    expect(merged.map((x) => x.id)).toEqual(['d', 'c', 'b', 'a'])
  })

  it('puts a newly read first page on top and takes its fresher copies (read elsewhere)', () => {
    const merged = mergePage([n('b', 20), n('a', 10)], [n('c', 30), n('b', 20, '2026-12-06T06:35:00.000Z')])
    expect(merged.map((x) => [x.id, x.readAt])).toEqual([['c', null], ['b', '2026-12-06T06:35:00.000Z'], ['a', null]])
  })

  it('orders ties in time by id, so the order does not jump between reads', () => {
    expect(mergePage([n('a', 10)], [n('b', 10)]).map((x) => x.id)).toEqual(['b', 'a'])
  })
})

describe('marking read', () => {
  const at = new Date('2026-12-06T07:00:00Z')

  it('marks one, and keeps the time of one read before', () => {
    const list = markedRead([n('b', 20), n('a', 10, '2026-12-06T06:15:00.000Z')], 'b', at)
    expect(list.map((x) => x.readAt)).toEqual(['2026-12-06T07:00:00.000Z', '2026-12-06T06:15:00.000Z'])
    expect(markedRead(list, 'a', at)[1]!.readAt).toBe('2026-12-06T06:15:00.000Z')
  })

  it('marks all', () => {
    expect(allMarkedRead([n('b', 20), n('a', 10)], at).every((x) => x.readAt)).toBe(true)
  })
})
