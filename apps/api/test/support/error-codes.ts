import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

/**
 * Every way a source file states an error code the client receives. Each pattern names the code
 * in its first group; a code built at run time from a variable would escape them, so none is.
 */
const PATTERNS: RegExp[] = [
  // badRequest('code', …), conflict('code', …), and conflict(known?.[0] ?? 'code', …)
  /\b(?:badRequest|conflict)\(\s*(?:[^'(),]*\?\?\s*)?'([a-z_]+)'/g,
  // new AppError(409, 'code', …)
  /new AppError\(\s*\d{3}\s*,\s*'([a-z_]+)'/g,
  // literal bodies: { statusCode: 503, code: 'code', … }
  /statusCode:\s*\d{3}\s*,\s*code:\s*'([a-z_]+)'/g,
  // the constraint map: constraint_name: ['code', 'A human message']
  /^\s*[a-z_]+:\s*\[\s*'([a-z_]+)'\s*,\s*'[A-Z][^']*'\s*\]/gm,
  // the status map: 404: 'not_found'
  /\b[45]\d\d:\s*'([a-z_]+)'/g,
  // Node's client errors: CODE: [431, 'Reason', 'code', 'message'], and the fallback tuple
  /\[\s*\d{3}\s*,\s*'[^']*'\s*,\s*'([a-z_]+)'\s*,/g,
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'seed' ? [] : sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

/** Every error code apps/api/src can send, with the files that send it. */
export function apiErrorCodes(): Map<string, string[]> {
  const codes = new Map<string, string[]>()
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const code = match[1]!
        codes.set(code, [...new Set([...(codes.get(code) ?? []), relative(src, file)])])
      }
    }
  }
  return codes
}
