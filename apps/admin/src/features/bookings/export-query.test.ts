import { describe, expect, it } from 'vitest'
import { bookingExportQuery } from './export-query'

describe('what 导出 writes on each bookings tab', () => {
  const filter = { range: ['2026-11-01', '2026-11-30'] as [string, string], status: 'approved' as const, roomId: 'r1' }
  const now = new Date('2026-11-20T02:00:00Z')
  it("is the tab's own list", () => {
    expect(bookingExportQuery('pending', filter, 'Asia/Shanghai', now)).toEqual({ status: 'requested' })
    expect(bookingExportQuery('today', filter, 'Asia/Shanghai', now)).toEqual({ from: '2026-11-20', to: '2026-11-20' })
    expect(bookingExportQuery('all', filter, 'Asia/Shanghai', now)).toEqual({ from: '2026-11-01', to: '2026-11-30', status: 'approved', roomId: 'r1' })
    expect(bookingExportQuery('rules', filter, 'Asia/Shanghai', now)).toBeNull()
    expect(bookingExportQuery('all', { ...filter, range: ['2026-01-01', '2026-12-31'] }, 'Asia/Shanghai', now)).toBeNull()
  })
})
