import QRCode from 'qrcode'

/**
 * A QR code as an SVG data URL, drawn in the browser (no network): black on white, the standard
 * quiet zone and medium error correction, so a printed sheet on a door still scans.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
