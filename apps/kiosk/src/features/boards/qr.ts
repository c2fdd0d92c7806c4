import QRCode from 'qrcode'

const cache = new Map<string, string>()

/**
 * A QR code as an SVG data URL, made on the screen itself (no network). Black on white with the
 * standard quiet zone, and medium error correction: a lobby screen is scanned from a metre away,
 * through glare, by phones of every age.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const hit = cache.get(text)
  if (hit) return hit
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  cache.set(text, url)
  return url
}
