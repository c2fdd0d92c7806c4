import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config'
import { productionCommand, repoDir } from './support/spawn-server'

const dockerfile = readFileSync(join(repoDir, 'docker/api.Dockerfile'), 'utf8')
const compose = readFileSync(join(repoDir, 'docker/compose.yaml'), 'utf8')
/** A JSON-form instruction of the Dockerfile's last stage, e.g. CMD ["node", …]. */
const instruction = (name: string) => JSON.parse(new RegExp(`^${name} (\\[.*\\])$`, 'm').exec(dockerfile)![1]!) as string[]
/** The value compose gives a variable left unset: `${NAME:-default}` means the default. */
const composeDefault = (name: string) => {
  const value = new RegExp(`^\\s+${name}: "?(.*?)"?$`, 'm').exec(compose)![1]!
  return /^\$\{\w+:-(.*)\}$/.exec(value)?.[1] ?? value
}

describe('the production image and compose file', () => {
  it('runs the server as npm start and the process tests do: node on the bundle, under tini, no npm or shell in between', () => {
    expect(instruction('ENTRYPOINT')).toEqual(['/usr/bin/tini', '--'])
    const [node, ...args] = instruction('CMD')
    expect(node).toBe('node')
    // WORKDIR is the repository root in the image; apps/api's start script runs in apps/api.
    expect(args).toEqual(productionCommand().map((a) => (a.endsWith('.js') ? `apps/api/${a}` : a)))
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/apps\/api\/dist\/ apps\/api\/dist\/$/m)
  })

  it('marks the session cookie Secure unless told otherwise', () => {
    expect(composeDefault('COOKIE_SECURE')).toBe('1')
    expect(loadConfig({ COOKIE_SECURE: composeDefault('COOKIE_SECURE') }).cookieSecure).toBe(true)
  })
})
