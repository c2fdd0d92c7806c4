import { describe, expect, it } from 'vitest'
import { isMobile, quotaField, quotaOf } from './group-form'

describe('the weekly limit field of a household or organisation', () => {
  it('sends null when off and the number when on', () => {
    expect(quotaOf(quotaField(null))).toEqual({ quota: null })
    expect(quotaOf({ limited: true, value: 3 })).toEqual({ quota: 3 })
  })
  it('refuses zero, negative and fractional limits before the server does', () => {
    for (const value of [0, -1, 2.5, 101]) expect(quotaOf({ limited: true, value })).toEqual({ error: 'households.quotaRule' })
  })
  it('knows a mainland mobile number', () => {
    expect(isMobile('13912345678')).toBe(true)
    expect(isMobile('1391234567')).toBe(false)
  })
})
