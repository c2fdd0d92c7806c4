import { readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

const root = new URL('../../../', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }>
}

describe('the declared Node.js floor', () => {
  it('is one that every installed package accepts', () => {
    // The lowest Node the project claims to run on must satisfy each package's own engines field,
    // or `npm ci` on that Node installs code that refuses to run (or misbehaves) there.
    const floor = semver.minVersion(manifest.engines.node)!.version
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && !Array.isArray(p.engines) && p.engines?.node && !semver.satisfies(floor, p.engines.node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`)
    expect(refusing).toEqual([])
  })

  it('is the Node.js running the tests, or below it', () => {
    expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true)
  })
})
