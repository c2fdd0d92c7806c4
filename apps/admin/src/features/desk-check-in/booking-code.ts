import { normalizeBookingCode } from '@linli/contracts'

/** What staff typed, or a scanner typed, as the digits of a booking code. */
export const cleanBookingCode = (typed: string) => normalizeBookingCode(typed)

export const isBookingCode = (typed: string) => /^\d{8}$/.test(cleanBookingCode(typed))

/** The booking code a scanned QR holds: the code itself (the phone shows only that), else the last 8 digits in it. */
export function codeFromScan(raw: string): string | undefined {
  const cleaned = cleanBookingCode(raw)
  if (/^\d{8}$/.test(cleaned)) return cleaned
  return /(\d{8})(?!.*\d)/.exec(cleaned)?.[1]
}

/** The camera scan needs the BarcodeDetector API (Chrome on Android, Edge, Safari 17+) and a camera. */
export function cameraScanSupported(scope: { BarcodeDetector?: unknown; navigator?: { mediaDevices?: { getUserMedia?: unknown } } } = globalThis as never) {
  return typeof scope.BarcodeDetector === 'function' && typeof scope.navigator?.mediaDevices?.getUserMedia === 'function'
}
