import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDatabase } from '../../apps/api/src/db/database'
import { seedDemo } from '../../apps/api/src/seed/demo-seed'

/**
 * How long a seeded directory stands in for a server's own seeding. The demo is written relative to
 * the moment it is seeded (today's activities, this week's bookings, what is already past), so a
 * copy must be young enough that a test cannot tell it from a server that seeded at its own start.
 */
const FRESH_MS = 10 * 60_000

const shanghaiDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)

/**
 * A data directory with every migration applied and the demo seeded, made under `root` (which holds
 * `migrated/`) at most FRESH_MS ago and on today's date in Shanghai, or made now. Seeding was about
 * half of each test server's start; the servers of a whole run now share a few seedings.
 */
export async function seededDataDir(root: string): Promise<string> {
  const pointer = join(root, 'seeded.json')
  const now = Date.now()
  if (existsSync(pointer)) {
    const { dir, at } = JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string; at: number }
    if (now - at < FRESH_MS && shanghaiDate(at) === shanghaiDate(now)) return dir
  }
  const dir = join(root, `seeded-${now}`)
  cpSync(join(root, 'migrated'), dir, { recursive: true })
  const db = await createDatabase({ kind: 'pglite', dataDir: dir })
  await seedDemo(db, new Date(now))
  await db.destroy()
  // Renamed into place, so a server starting meanwhile reads the old pointer or the new one, never half of one.
  writeFileSync(`${pointer}.${now}`, JSON.stringify({ dir, at: now }))
  renameSync(`${pointer}.${now}`, pointer)
  return dir
}
