import { describe, expect, it } from 'vitest'
import { dispositionName } from './download'

describe('the name of a downloaded export', () => {
  it('prefers the UTF-8 name (RFC 5987), then the plain one', () => {
    const name = '凤凰台党群服务中心-预约-2026-12-06.xlsx'
    expect(dispositionName(`attachment; filename="linli-bookings-2026-12-06.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)).toBe(name)
    expect(dispositionName('attachment; filename="linli-bookings-2026-12-06.xlsx"')).toBe('linli-bookings-2026-12-06.xlsx')
    expect(dispositionName(null)).toBeUndefined()
  })
})
