import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'

/** A camera-like JPEG: EXIF with a GPS position, and an orientation tag saying "turn me 90°" (6). */
export const cameraJpeg = (width = 400, height = 200) =>
  sharp({ create: { width, height, channels: 3, background: '#c0392b' } }).jpeg()
    .withExif({ IFD0: { Make: 'LinliCam', Model: 'Test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '34/1 45/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '113/1 39/1 0/1' } })
    .withMetadata({ orientation: 6 }).toBuffer()

export const plainPng = (width = 300, height = 300) =>
  sharp({ create: { width, height, channels: 4, background: { r: 30, g: 90, b: 200, alpha: 0.5 } } }).png().toBuffer()

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

/** A decompression bomb: a PNG of a few hundred bytes that claims 30000 x 30000 pixels (2.7 GB decoded). */
export function bombPng() {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(30_000, 0)
  header.writeUInt32BE(30_000, 4)
  header[8] = 8
  header[9] = 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(4096))), chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A multipart body with the files under "photos", as a browser's file input sends them. */
export function photoForm(files: { name: string; bytes: Buffer; type?: string }[]) {
  const form = new FormData()
  for (const f of files) form.append('photos', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'image/jpeg' }), f.name)
  return form
}
