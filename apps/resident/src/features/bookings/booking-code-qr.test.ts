import { describe, expect, it } from 'vitest'
import { bookingCodeQr } from './booking-code-qr'

describe('the booking code QR shown at the desk', () => {
  it('is an SVG image a scanner reads as the eight digits, and differs per code', async () => {
    const one = await bookingCodeQr('12345678')
    const other = await bookingCodeQr('87654321')
    expect(one.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(one.split(',')[1]!)).toContain('<svg')
    expect(one).not.toBe(other)
  })
})
