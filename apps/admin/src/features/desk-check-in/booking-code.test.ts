import { describe, expect, it } from 'vitest'
import { cameraScanSupported, cleanBookingCode, codeFromScan, isBookingCode } from './booking-code'

describe('booking codes as staff type or scan them', () => {
  it('takes the digits however they were typed: spaces, dashes, a scanner\'s line end', () => {
    expect(cleanBookingCode(' 1234 5678\n')).toBe('12345678')
    expect(cleanBookingCode('1234-5678')).toBe('12345678')
    expect(isBookingCode('1234 5678')).toBe(true)
    expect(isBookingCode('1234 567')).toBe(false)
    expect(isBookingCode('1234567a')).toBe(false)
  })

  it('reads the code from what a QR code holds', () => {
    expect(codeFromScan('12345678')).toBe('12345678')
    expect(codeFromScan('https://example.org/m/bookings?code=87654321')).toBe('87654321')
    expect(codeFromScan('not a booking')).toBeUndefined()
  })

  it('offers the camera only where the browser can read QR codes', () => {
    expect(cameraScanSupported({})).toBe(false)
    expect(cameraScanSupported({ navigator: { mediaDevices: { getUserMedia: () => undefined } } })).toBe(false)
    expect(cameraScanSupported({ BarcodeDetector: class {}, navigator: { mediaDevices: { getUserMedia: () => undefined } } })).toBe(true)
  })
})
