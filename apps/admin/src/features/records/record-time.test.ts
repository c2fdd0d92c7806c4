import { describe, expect, it } from 'vitest'
import { formatStamp, localDateFrom } from './record-time'

describe('record times', () => {
  it('shows a stamp and dates in the center\'s zone', () => {
    expect(formatStamp('2026-11-20T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11-21 00:30')
    expect(localDateFrom('Asia/Shanghai', -30, new Date('2026-11-20T16:30:00Z'))).toBe('2026-10-22')
  })
})
