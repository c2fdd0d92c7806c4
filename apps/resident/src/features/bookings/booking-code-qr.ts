/**
 * The booking code as a QR code (SVG data URL), for the desk's scanner or camera to read in one go
 * instead of staff typing eight digits. qrcode loads only when a code is shown, so the first page
 * of the app does not carry it. Black on white, with the standard quiet zone.
 */
export async function bookingCodeQr(code: string): Promise<string> {
  const { default: QRCode } = await import('qrcode')
  const svg = await QRCode.toString(code, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
