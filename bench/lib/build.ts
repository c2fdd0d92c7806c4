import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const appsDir = fileURLToPath(new URL('../../apps/', import.meta.url))

/** Builds apps/<app> with `npx vite build` when its dist is missing; says which it was. */
export function ensureBuilt(app: 'kiosk' | 'resident' | 'admin'): 'as found' | 'built now' {
  const dir = join(appsDir, app)
  if (existsSync(join(dir, 'dist', 'index.html'))) return 'as found'
  const r = spawnSync('npx', ['vite', 'build'], { cwd: dir, stdio: 'inherit', timeout: 180_000 })
  if (r.status !== 0) throw new Error(`vite build in apps/${app} failed (${r.status ?? r.signal})`)
  return 'built now'
}
