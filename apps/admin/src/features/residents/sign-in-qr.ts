import QRCode from 'qrcode'
import type { SignInLink } from '@linli/contracts'

/** The whole link the QR carries: the server's public address when it knows it, else this page's own. */
export const linkUrl = (link: Pick<SignInLink, 'path' | 'url'>, origin: string) => link.url ?? new URL(link.path, origin).href

/**
 * A sign-in QR as an SVG data URL, drawn in the browser (the token never leaves it for a QR
 * service): black on white with the quiet zone, medium error correction, so a printed slip scans.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

/** Whole minutes and seconds left, for the dialog's countdown; 0 once expired. */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000))
}
