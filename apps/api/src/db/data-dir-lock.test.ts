import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock'

const dirs: string[] = []
const children: ChildProcess[] = []
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-lock-'))
  dirs.push(dir)
  return dir
}
const thisHost = () => {
  const dir = newDir()
  const lock = lockDataDir(dir)
  const { host } = JSON.parse(readFileSync(lock.file, 'utf8')) as { host: string }
  lock.release()
  return host
}
const leaveLock = (dir: string, holder: object) => writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ token: 'theirs', ...holder }))

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('the data directory lock', () => {
  it('writes this PID into the lock file and removes it on release, so the next start can take it', () => {
    const dir = newDir()
    const lock = lockDataDir(dir)
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid })
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError)
    lock.release()
    lock.release()
    expect(existsSync(lock.file)).toBe(false)
    lockDataDir(dir).release()
  })

  it('refuses a directory whose holder is alive, naming the directory and the PID, and leaves its lock alone', async () => {
    const dir = newDir()
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    children.push(holder)
    await once(holder, 'spawn')
    leaveLock(dir, { pid: holder.pid, host: thisHost() })
    const before = readFileSync(join(dir, LOCK_FILE), 'utf8')
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*PID ${holder.pid}\\b`))
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(before)
  })

  it('takes over the lock of a holder that died without releasing it (kill -9)', async () => {
    const dir = newDir()
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    await once(holder, 'spawn')
    leaveLock(dir, { pid: holder.pid, host: thisHost() })
    holder.kill('SIGKILL')
    await once(holder, 'exit')
    const lock = lockDataDir(dir)
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid })
    lock.release()
  })

  it('trusts a holder on another host while its heartbeat is fresh, and takes over once it has stopped', () => {
    const dir = newDir()
    leaveLock(dir, { pid: 7, host: 'another-container' })
    expect(() => lockDataDir(dir, { staleAfterMs: 30_000 })).toThrow(/PID 7 on another-container/)
    const aMinuteAgo = new Date(Date.now() - 60_000)
    utimesSync(join(dir, LOCK_FILE), aMinuteAgo, aMinuteAgo)
    lockDataDir(dir, { staleAfterMs: 30_000 }).release()
  })

  it('treats a half-written lock file (a crash between creating and writing it) like a holder elsewhere', () => {
    const dir = newDir()
    writeFileSync(join(dir, LOCK_FILE), '')
    expect(() => lockDataDir(dir, { staleAfterMs: 30_000 })).toThrow(/PID unknown on an unknown host.*30 s old/)
    const aMinuteAgo = new Date(Date.now() - 60_000)
    utimesSync(join(dir, LOCK_FILE), aMinuteAgo, aMinuteAgo)
    lockDataDir(dir, { staleAfterMs: 30_000 }).release()
  })

  it('keeps its own lock fresh with a heartbeat while held', async () => {
    const dir = newDir()
    const lock = lockDataDir(dir, { heartbeatMs: 20 })
    const aMinuteAgo = new Date(Date.now() - 60_000)
    utimesSync(lock.file, aMinuteAgo, aMinuteAgo)
    await expect.poll(() => Date.now() - statSync(lock.file).mtimeMs).toBeLessThan(30_000)
    lock.release()
  })
})
