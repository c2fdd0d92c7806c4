import { randomUUID } from 'node:crypto'
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type Plugin, build } from 'esbuild'

const apiDir = fileURLToPath(new URL('..', import.meta.url))
export const serverBundle = resolve(apiDir, 'dist/server.js')
export const cliBundle = resolve(apiDir, 'dist/cli.js')

/**
 * Installed packages stay imports resolved by Node at run time (PGlite finds its wasm next to
 * itself, argon2 is native); only our own code and the workspace packages, which ship TypeScript,
 * go into the bundle.
 */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@linli/') ? undefined : { path: args.path, external: true }))
  },
}

/**
 * Modules find files next to their source (`new URL('../../../admin/dist/', import.meta.url)`);
 * in one bundle every module would share the bundle's URL, so each keeps its own source URL,
 * computed from the bundle's place beside src/.
 */
const sourceImportMetaUrl = (outDir: string): Plugin => ({
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!source.includes('import.meta.url')) return undefined
      const fromBundle = relative(outDir, args.path).split(sep).join('/')
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: 'ts' }
    })
  },
})

/**
 * Compiles src/server.ts into dist/server.js, which production runs with plain `node`, and the
 * operator's command line (src/cli) into dist/cli.js, for an image without the sources.
 */
export async function buildServer(): Promise<string> {
  const outDir = dirname(serverBundle)
  const result = await build({
    entryPoints: { server: resolve(apiDir, 'src/server.ts'), cli: resolve(apiDir, 'src/cli/bin.ts') },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
    plugins: [externalPackages, sourceImportMetaUrl(outDir)],
  })
  await mkdir(outDir, { recursive: true })
  // Several test files may build at once while another one's server is starting from the bundle:
  // replace each file whole, never leave one half written.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${randomUUID()}.tmp`
    await writeFile(temporary, file.contents)
    await rename(temporary, file.path)
  }
  return serverBundle
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`built ${relative(process.cwd(), await buildServer())}`)
}
