import type { FastifyInstance } from 'fastify'
import { IMPORT_MAX_BYTES } from '@linli/contracts'
import { AppError } from '../../plugins/errors'

/**
 * The uploaded file. Its bytes sit in a private field, so hooks that walk a request body (the
 * NUL guard) see an object with no properties instead of ten million array entries.
 */
export class Upload {
  readonly #bytes: Buffer
  constructor(bytes: Buffer) { this.#bytes = bytes }
  get bytes(): Buffer { return this.#bytes }
}

const tooLarge = () => new AppError(413, 'import_too_large', `文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB，请删去无关的工作表或分成几个文件再导入`)

/**
 * Registers the raw-body parser for the routes of this plugin only; every other route stays JSON.
 * It takes any declared type (browsers send vnd.ms-excel for a CSV, or nothing at all): the bytes
 * decide what the file is, and a picture or a PDF gets the same clear 415 as a misnamed one.
 */
export function registerUploadBody(app: FastifyInstance) {
  app.addContentTypeParser('*', async (request: { headers: Record<string, unknown> }, payload: AsyncIterable<Buffer>) => {
    if (Number(request.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) throw tooLarge()
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of payload) {
      size += chunk.length
      if (size > IMPORT_MAX_BYTES) throw tooLarge()
      chunks.push(chunk)
    }
    return new Upload(Buffer.concat(chunks))
  })
}
