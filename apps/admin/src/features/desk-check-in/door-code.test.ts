import { describe, expect, it } from 'vitest'
import { doorCheckInUrl, doorQr } from './door-code'

describe('a room\'s printed door code', () => {
  it('opens the room\'s check-in page without a rotating code, so the page asks for the desk\'s code', () => {
    expect(doorCheckInUrl('https://linli.example', 'r1')).toBe('https://linli.example/m/rooms/r1/check-in')
    expect(doorCheckInUrl('https://linli.example', 'r1')).not.toContain('t=')
  })

  it('is drawn as an SVG QR code in the browser', async () => {
    expect(decodeURIComponent(await doorQr('https://linli.example/m/rooms/r1/check-in'))).toContain('<svg')
  })
})
