import QRCode from 'qrcode'

/**
 * What a room's printed door code opens: its check-in page with no rotating code, which then asks
 * the resident for the desk's 签到码 of the day. The same address the door screens use, minus `t`.
 */
export const doorCheckInUrl = (origin: string, roomId: string) => `${origin}/m/rooms/${encodeURIComponent(roomId)}/check-in`

/** The QR as an SVG data URL, drawn here: black on white, quiet zone, medium error correction for print. */
export async function doorQr(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
