import { describe, expect, it } from 'vitest'
import { defaultFilter, filterQuery, pendingQuery, todayQuery } from './list-queries'

// 23:30 UTC on the 21st is already the 22nd in Shanghai.
const now = new Date('2026-11-21T23:30:00Z')

describe('booking list queries', () => {
  it('asks for pending requests and for today in the center zone', () => {
    expect(pendingQuery()).toEqual({ status: 'requested' })
    expect(todayQuery('Asia/Shanghai', now)).toEqual({ from: '2026-11-22', to: '2026-11-22' })
    expect(todayQuery('Europe/Berlin', now)).toEqual({ from: '2026-11-22', to: '2026-11-22' })
    expect(todayQuery('America/New_York', now)).toEqual({ from: '2026-11-21', to: '2026-11-21' })
  })

  it('filters by range, status and room, leaving out what is not set', () => {
    const filter = defaultFilter('Asia/Shanghai', now)
    expect(filter.range).toEqual(['2026-11-15', '2026-12-22'])
    expect(filterQuery(filter)).toEqual({ from: '2026-11-15', to: '2026-12-22' })
    expect(filterQuery({ ...filter, status: 'no_show', roomId: 'r1' })).toEqual({ from: '2026-11-15', to: '2026-12-22', status: 'no_show', roomId: 'r1' })
  })

  it('refuses a range longer than 92 days', () => {
    expect(filterQuery({ range: ['2026-01-01', '2026-04-02'], status: '', roomId: '' })).not.toBeNull()
    expect(filterQuery({ range: ['2026-01-01', '2026-04-03'], status: '', roomId: '' })).toBeNull()
  })
})
