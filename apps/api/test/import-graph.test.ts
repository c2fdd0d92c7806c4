import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../src/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

/** Relative imports of one file, resolved to files (type-only imports included: they tie modules together too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]!)
  return specifiers.map((s) => {
    const base = resolve(dirname(file), s.replace(/\.js$/, ''))
    return base.endsWith('.ts') ? base : `${base}.ts`
  })
}

describe('the API import graph', () => {
  const files = sourceFiles(src)
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => files.includes(i))]))

  it('has no module pointing back at the composition root', () => {
    const app = join(src, 'app.ts')
    const importers = files.filter((f) => graph.get(f)!.includes(app)).map((f) => relative(src, f))
    expect(importers).toEqual(['server.ts'])
  })

  it('has no import circle', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file)!) visit(next, [...path, file])
      state.set(file, 'done')
    }
    for (const f of files) visit(f, [])
    expect(cycles).toEqual([])
  })
})
