import { describe, expect, it } from 'vitest'
import { activityCheckInUrl, adminScreensUrl, bookingUrl, centerCheckInUrl, checkInUrl } from './links'
import { qrDataUrl } from './qr'

describe('board links', () => {
  it('builds absolute URLs from the origin the screen was served from', () => {
    expect(bookingUrl('http://10.0.0.5:3000', 'c1')).toBe('http://10.0.0.5:3000/m/centers/c1')
    expect(checkInUrl('https://linli.example', 'r 1')).toBe('https://linli.example/m/rooms/r%201/check-in')
    expect(adminScreensUrl('https://linli.example')).toBe('https://linli.example/admin/screens')
  })

  it('carries the screen\'s current check-in code as t, and none when it has no fresh one', () => {
    expect(checkInUrl('https://linli.example', 'r1', 'abc.D-_x')).toBe('https://linli.example/m/rooms/r1/check-in?t=abc.D-_x')
    expect(activityCheckInUrl('https://linli.example', 'o1', 'c1', 'k9.Zz')).toBe('https://linli.example/m/check-in/o1?c=c1&t=k9.Zz')
    expect(activityCheckInUrl('https://linli.example', 'o1', 'c1')).toBe('https://linli.example/m/check-in/o1?c=c1')
    expect(centerCheckInUrl('https://linli.example', 'c1', 'k9.Zz')).toBe('https://linli.example/m/centers/c1/check-in?t=k9.Zz')
    expect(centerCheckInUrl('https://linli.example', 'c1')).toBe('https://linli.example/m/centers/c1/check-in')
  })
})

describe('qrDataUrl', () => {
  it('draws an SVG QR code locally', async () => {
    const url = await qrDataUrl('https://linli.example/m/centers/c1')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(url)).toContain('<svg')
    expect(await qrDataUrl('https://linli.example/m/centers/c1')).toBe(url)
  })
})
