import { describe, expect, it } from 'vitest'
import { linkUrl, qrDataUrl, secondsLeft } from './sign-in-qr'

describe('sign-in QR', () => {
  it('links to the server\'s public address when it has one, else to this page\'s origin', () => {
    expect(linkUrl({ path: '/m/login?t=abc', url: null }, 'http://10.0.0.5:3000')).toBe('http://10.0.0.5:3000/m/login?t=abc')
    expect(linkUrl({ path: '/m/login?t=abc', url: 'https://linli.example.cn/m/login?t=abc' }, 'http://localhost:3000')).toBe('https://linli.example.cn/m/login?t=abc')
  })

  it('draws the QR as an SVG picture in the browser', async () => {
    const url = await qrDataUrl('http://localhost:3000/m/login?t=abc')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(url)).toContain('<svg')
  })

  it('counts down to the expiry and stops at 0', () => {
    const at = Date.parse('2026-12-06T08:00:00Z')
    expect(secondsLeft('2026-12-06T08:10:00.000Z', at)).toBe(600)
    expect(secondsLeft('2026-12-06T08:10:00.000Z', at + 599_500)).toBe(1)
    expect(secondsLeft('2026-12-06T08:10:00.000Z', at + 700_000)).toBe(0)
  })
})
