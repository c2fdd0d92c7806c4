import { describe, expect, it } from 'vitest'
import { defaultDeliveryFilter, deliveryQuery, isFiltered, lastDays, rangeTooLong } from './delivery-query'

describe('delivery log queries', () => {
  it('starts unfiltered: every date, newest first, the first page', () => {
    expect(isFiltered(defaultDeliveryFilter())).toBe(false)
    expect(deliveryQuery(defaultDeliveryFilter())).toEqual({ limit: 20, offset: 0 })
  })

  it('sends only the filters that are set, and the page as an offset', () => {
    const f = { residentId: 'r1', kind: 'booking_rejected' as const, channel: 'sms' as const, status: 'dead' as const, range: ['2026-11-01', '2026-11-30'] as [string, string] }
    expect(isFiltered(f)).toBe(true)
    expect(deliveryQuery(f, 3)).toEqual({
      residentId: 'r1', kind: 'booking_rejected', channel: 'sms', status: 'dead', from: '2026-11-01', to: '2026-11-30', limit: 20, offset: 40,
    })
    expect(deliveryQuery({ ...defaultDeliveryFilter(), status: 'failed' }, 0, 50)).toEqual({ status: 'failed', limit: 50, offset: 0 })
  })

  it('allows up to 366 days, both ends counted', () => {
    expect(rangeTooLong(null)).toBe(false)
    expect(rangeTooLong(['2026-01-01', '2027-01-01'])).toBe(false)
    expect(rangeTooLong(['2026-01-01', '2027-01-02'])).toBe(true)
  })

  it('counts shortcut days back from today in the center’s zone', () => {
    // 16:30 UTC on 5 Dec is already 6 Dec in Shanghai.
    const now = new Date('2026-12-05T16:30:00Z')
    expect(lastDays('Asia/Shanghai', 1, now)).toEqual(['2026-12-06', '2026-12-06'])
    expect(lastDays('Asia/Shanghai', 7, now)).toEqual(['2026-11-30', '2026-12-06'])
  })
})
