import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** Text a browser downloads; images and fonts are compressed already, source maps are not downloaded. */
const TEXT = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/
/** Below about a packet a compressed copy saves no round trip; the API does not compress those either. */
const MIN_BYTES = 1024

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])))
  return nested.flat()
}

/**
 * Writes `x.br` and `x.gz` beside every built text file, at the strongest settings (paid once per
 * build, not per request), so the API sends them as they are (@fastify/static `preCompressed`).
 * A copy that is not smaller is not written: the server then sends the plain file.
 */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'linli-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After every other plugin's files are written (the residents' app's service worker included).
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const built = (await files(outDir)).filter((f) => TEXT.test(f))
        await Promise.all(built.map(async (file) => {
          const body = await readFile(file)
          if (body.length < MIN_BYTES) return
          const [br, gzipped] = await Promise.all([
            brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            gz(body, { level: constants.Z_BEST_COMPRESSION }),
          ])
          await Promise.all([
            br.length < body.length && writeFile(`${file}.br`, br),
            gzipped.length < body.length && writeFile(`${file}.gz`, gzipped),
          ])
        }))
      },
    },
  }
}
