import type { Metadata } from 'sharp'
import { PHOTO_VARIANTS, type PhotoVariant } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'

/**
 * Larger than any phone camera (a 50 MP sensor is 8160 x 6120); a small file that claims more
 * pixels is a decompression bomb, refused before anything is decoded.
 */
export const MAX_INPUT_PIXELS = 64_000_000

export type PhotoFormat = 'webp' | 'jpeg'
export const PHOTO_FORMATS: readonly PhotoFormat[] = ['webp', 'jpeg']
export const CONTENT_TYPES: Record<PhotoFormat, string> = { webp: 'image/webp', jpeg: 'image/jpeg' }

type Sniffed = 'jpeg' | 'png' | 'webp'

/** sharp (native, large) is loaded on the first photo, not when the server starts. */
export const loadSharp = async () => (await import('sharp')).default

/** What the bytes say the file is, whatever its name or declared type claims. */
export function sniffImage(bytes: Buffer): Sniffed | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp'
  return undefined
}

export interface ProcessedPhoto {
  width: number
  height: number
  /** Every variant in both formats, without any metadata (EXIF, GPS, XMP, ICC). */
  files: { variant: PhotoVariant; format: PhotoFormat; bytes: Buffer }[]
}

const refuse = (name: string, code: string, message: string) =>
  badRequest(code, `${name}: ${message}; nothing was saved`, [{ path: 'body/photos', message }])

/**
 * Checks one uploaded file and makes its variants: the orientation the camera recorded is applied
 * to the pixels (so nothing needs the EXIF tag to show it upright), then every variant is written
 * fresh, which leaves EXIF, GPS and the rest behind (sharp copies no metadata unless asked).
 */
export async function processPhoto(name: string, bytes: Buffer): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw refuse(name, 'photo_empty', 'the file is empty')
  const kind = sniffImage(bytes)
  if (!kind) throw refuse(name, 'photo_type', 'only JPEG, PNG or WebP photos can be uploaded')
  const sharp = await loadSharp()
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false })
  let meta: Metadata
  try {
    // The header alone, without the pixel limit, so that a bomb is told apart from a broken file.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw refuse(name, 'photo_unreadable', 'the image cannot be read')
  }
  if (meta.format !== kind) throw refuse(name, 'photo_type', 'only JPEG, PNG or WebP photos can be uploaded')
  if (!meta.width || !meta.height) throw refuse(name, 'photo_unreadable', 'the image cannot be read')
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw refuse(name, 'photo_too_many_pixels', `the image is larger than ${MAX_INPUT_PIXELS / 1e6} megapixels`)
  try {
    const largest = Math.max(...Object.values(PHOTO_VARIANTS))
    // Decoded once, upright and at the largest variant's size; the smaller variants are made from it.
    const base = await input().rotate().resize(largest, largest, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true })
    const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } }
    const files: ProcessedPhoto['files'] = []
    for (const [variant, side] of Object.entries(PHOTO_VARIANTS) as [PhotoVariant, number][]) {
      const sized = () => sharp(base.data, raw).resize(side, side, { fit: 'inside', withoutEnlargement: true })
      files.push({ variant, format: 'webp', bytes: await sized().webp({ quality: 80 }).toBuffer() })
      files.push({ variant, format: 'jpeg', bytes: await sized().jpeg({ quality: 82, mozjpeg: true }).toBuffer() })
    }
    return { width: base.info.width, height: base.info.height, files }
  } catch {
    throw refuse(name, 'photo_unreadable', 'the image cannot be read')
  }
}
