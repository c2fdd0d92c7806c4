import { describe, expect, it } from 'vitest'
import { phoneLink } from './phone-link'

describe('phoneLink', () => {
  it('follows the phone pages the API links to', () => {
    expect(phoneLink('/m/registrations?confirm=4f0c')).toBe('/m/registrations?confirm=4f0c')
    expect(phoneLink('/m/bookings?booking=9a1')).toBe('/m/bookings?booking=9a1')
    expect(phoneLink('/m')).toBe('/m')
  })

  it('does not follow anything that would leave the phone pages', () => {
    for (const link of ['', 'https://evil.example/m/', '//evil.example', '/m//evil.example', '/mx', '/admin', '/m\\evil', 'javascript:alert(1)'])
      expect(phoneLink(link), link).toBeUndefined()
  })
})
