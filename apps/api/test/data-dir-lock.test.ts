import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, roomIds, signInOver, writeRooms } from './support/room-writer'
import { type ServerDatabase, newServerDatabase } from './support/server-database'
import { type ServerProcess, exited, hasExited, productionCommand, spawnServer, startProcess } from './support/spawn-server'

// The lock guards PGlite's data directory, which only the PGlite run uses; a PostgreSQL server
// keeps its own writers in order.
describe.runIf(process.env.LINLI_TEST_DB === 'pglite')('one server per embedded data directory', () => {
  const children: ChildProcess[] = []
  let database: ServerDatabase
  let running: ServerProcess
  let session: Session
  const start = async () => {
    const server = await spawnServer({ ...database.env, LINLI_SEED: '0' })
    children.push(server.child)
    return server
  }
  const base = (s: ServerProcess) => `http://127.0.0.1:${s.port}`
  // Limits for starting real server processes on a busy machine, not expectations of speed.

  beforeAll(async () => {
    database = await newServerDatabase()
  })
  afterAll(async () => {
    for (const child of children) if (!hasExited(child)) child.kill('SIGKILL')
    await Promise.all(children.map(exited))
    await database?.drop()
  })

  it('refuses a second server on the same directory, naming it and the first server\'s PID, and the first keeps working', async () => {
    running = await start()
    // No demo data in this database: the banner offers no demo logins.
    expect(running.output()).not.toMatch(/Demo logins|Demo residents|linli-demo/)
    const second = startProcess(database.env, [process.execPath, ...productionCommand()])
    children.push(second.child)
    expect(await exited(second.child)).toBe(1)
    expect(second.output()).toContain(`The data directory ${database.dataDir} is in use by another Linli server (PID ${running.child.pid})`)
    expect((await fetch(`${base(running)}/healthz`)).status).toBe(200)
  }, 120_000)

  it('keeps every acknowledged write through three kill -9s, and each restart takes over the dead server\'s lock', async () => {
    const kills = 3
    const acked: string[] = []
    session = await signInOver(base(running), database.manager, database.centerId)
    for (let round = 1; round <= kills; round++) {
      const writes = writeRooms(base(running), session, `round ${round}`)
      await expect.poll(() => writes.acked.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(25)
      running.child.kill('SIGKILL')
      await writes.done
      await exited(running.child)
      acked.push(...writes.acked)
      running = await start()
      const kept = await roomIds(base(running), session)
      expect(acked.filter((id) => !kept.has(id))).toEqual([])
    }
    expect(acked.length).toBeGreaterThanOrEqual(kills * 25)
  }, 120_000)
})
