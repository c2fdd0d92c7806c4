import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import { afterAll, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../src/db/data-dir-lock'
import { listRooms } from '../src/modules/rooms/rooms.repository'
import { signInOver, writeRooms } from './support/room-writer'
import { type ServerDatabase, newServerDatabase } from './support/server-database'
import { descendants, exited, isRunning, repoDir, serverBundle, spawnServer } from './support/spawn-server'

const startScript = (JSON.parse(readFileSync(join(repoDir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
const [buildStep, ...rest] = startScript.split(' && ')
/** What `npm start` runs once the web apps and the API are built. */
const serveStep = rest.join(' && ')

describe('npm start and signals', () => {
  const started: number[] = []
  let database: ServerDatabase | undefined

  afterAll(async () => {
    for (const pid of started) if (isRunning(pid)) process.kill(pid, 'SIGKILL')
    await database?.drop()
  })

  it('builds the admin, kiosk and API bundles before it serves', () => {
    expect(buildStep).toMatch(/^turbo run build (--filter=\S+ )*--filter=@linli\/api\b/)
    expect(serveStep).toMatch(/^exec /)
  })

  // The build step is left out: building both front ends takes minutes on a busy CI machine, and the
  // API bundle it would make is built here from the same script. The rest is run as written.
  it('on SIGTERM to npm, the server answers what is in flight, closes its sockets and database, and leaves no process behind', async () => {
    database = await newServerDatabase()
    await serverBundle()
    const server = await spawnServer({ ...database.env, LINLI_SEED: '0' }, { command: ['sh', '-c', serveStep], cwd: repoDir })
    const below = descendants(server.child.pid!)
    started.push(server.child.pid!, ...below)
    const lockFile = database.dataDir && join(database.dataDir, LOCK_FILE)
    if (lockFile) expect(below).toContain((JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number }).pid)

    const base = `http://127.0.0.1:${server.port}`
    const screen = io(base, { transports: ['websocket'], reconnection: false })
    const session = await signInOver(base, database.manager, database.centerId)
    const writes = writeRooms(base, session, 'before SIGTERM')
    try {
      await expect.poll(() => screen.connected && writes.acked.length >= 10, { timeout: 30_000 }).toBe(true)
      server.child.kill('SIGTERM')
      // 0, not the 1 of the shutdown deadline: everything closed in time.
      expect(await exited(server.child), server.output()).toBe(0)
    } finally {
      await writes.stop()
    }
    expect(below.filter(isRunning)).toEqual([])
    await expect(fetch(`${base}/healthz`)).rejects.toThrow()
    await expect.poll(() => screen.connected).toBe(false)
    screen.close()
    if (lockFile) expect(existsSync(lockFile)).toBe(false)

    const kept = await database.inspect(async (db) => new Set((await listRooms(db, session.centerId, true)).map((r) => r.id)))
    expect(writes.acked.length).toBeGreaterThanOrEqual(10)
    expect(writes.acked.filter((id) => !kept.has(id))).toEqual([])
  }, 120_000)
})
