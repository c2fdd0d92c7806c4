import type { AgreementAttachmentType } from '../../db/schema-co-building-agreements'
import { badRequest } from '../../plugins/errors'
import { MAX_INPUT_PIXELS, loadSharp, sniffImage } from '../records/photo-processing'

const refuse = (code: string, message: string) =>
  badRequest(code, `${message}; nothing was saved`, [{ path: 'body/file', message }])

/** A PDF starts with `%PDF-` and carries an end-of-file marker near its end. */
const isPdf = (bytes: Buffer) => bytes.length > 8 && bytes.toString('latin1', 0, 5) === '%PDF-'
  && bytes.toString('latin1', Math.max(0, bytes.length - 1024)).includes('%%EOF')

/**
 * Checks an agreement's attachment by its bytes, whatever its name claims: a PDF is kept as it is;
 * a JPEG or PNG photo of the signed page is re-encoded upright (the records module's limits: a
 * decompression bomb is refused), which leaves its EXIF, GPS above all, behind.
 */
export async function prepareAttachment(bytes: Buffer): Promise<{ type: AgreementAttachmentType; bytes: Buffer }> {
  if (bytes.length === 0) throw refuse('attachment_empty', '文件是空的 (the file is empty)')
  if (isPdf(bytes)) return { type: 'application/pdf', bytes }
  const kind = sniffImage(bytes)
  if (kind !== 'jpeg' && kind !== 'png') throw refuse('attachment_type', '只能上传 PDF、JPEG 或 PNG 文件 (only PDF, JPEG or PNG files)')
  // Loaded here, not on import: the routes and the export's file check need only attachmentKey.
  const sharp = await loadSharp()
  let meta
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw refuse('attachment_unreadable', '图片无法读取 (the image cannot be read)')
  }
  if (meta.format !== kind || !meta.width || !meta.height) throw refuse('attachment_unreadable', '图片无法读取 (the image cannot be read)')
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw refuse('attachment_too_many_pixels', `图片超过 ${MAX_INPUT_PIXELS / 1e6} 百万像素 (too many pixels)`)
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate()
    return kind === 'jpeg'
      ? { type: 'image/jpeg', bytes: await image.jpeg({ quality: 88, mozjpeg: true }).toBuffer() }
      : { type: 'image/png', bytes: await image.png().toBuffer() }
  } catch {
    throw refuse('attachment_unreadable', '图片无法读取 (the image cannot be read)')
  }
}

/** The key of an agreement's file in the file store. */
export const attachmentKey = (agreementId: string) => `agreements/${agreementId}/file`
