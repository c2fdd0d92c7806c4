import { describe, expect, it } from 'vitest'
import { adminScreensUrl, bookingUrl, checkInUrl } from './links'
import { qrDataUrl } from './qr'

describe('board links', () => {
  it('builds absolute URLs from the origin the screen was served from', () => {
    expect(bookingUrl('http://10.0.0.5:3000', 'c1')).toBe('http://10.0.0.5:3000/m/centers/c1')
    expect(checkInUrl('https://linli.example', 'r 1')).toBe('https://linli.example/m/rooms/r%201/check-in')
    expect(adminScreensUrl('https://linli.example')).toBe('https://linli.example/admin/screens')
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
