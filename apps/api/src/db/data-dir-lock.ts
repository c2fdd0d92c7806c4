import { randomUUID } from 'node:crypto'
import { readFileSync, readlinkSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

/**
 * PGlite has no postmaster to keep a second process out of its data directory, and two writers
 * lose acknowledged writes and corrupt indexes. A lock file in the directory holds it for one
 * server at a time: the holder's PID answers for it on the same machine, and a heartbeat (the
 * file's mtime) for a holder we cannot see (another container sharing the volume).
 */
export const LOCK_FILE = 'linli-server.lock'

interface Holder { pid: number; host: string; token: string; since: string }

export interface DataDirLock {
  file: string
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void
}

export interface LockOptions {
  /** How often the holder touches the file. */
  heartbeatMs?: number
  /** A holder on another host whose heartbeat is older than this is taken for dead. */
  staleAfterMs?: number
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly holder: Partial<Holder>, staleAfterMs: number) {
    const elsewhere = holder.host !== thisHost
    super(
      `The data directory ${dataDir} is in use by another Linli server (PID ${holder.pid ?? 'unknown'}` +
      `${elsewhere ? ` on ${holder.host ?? 'an unknown host'}` : ''}). ` +
      'Stop that server first, or set LINLI_DATA_DIR to another directory. ' +
      (elsewhere
        ? `A server in another container or machine is taken for dead once ${join(dataDir, LOCK_FILE)} is ${staleAfterMs / 1000} s old.`
        : `If no such server is running, delete ${join(dataDir, LOCK_FILE)}.`),
    )
  }
}

/**
 * This machine and PID namespace: only there does the holder's PID mean anything. A container
 * restarted after a crash has a new namespace, so it waits for the old heartbeat to go stale.
 */
const thisHost = (() => {
  try {
    return `${hostname()} ${readlinkSync('/proc/self/ns/pid')}`
  } catch {
    return hostname()
  }
})()

const held = new Set<string>()

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
  try {
    // A killed holder its parent has not reaped yet still answers kill(0), as a zombie.
    return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

function readHolder(file: string): Partial<Holder> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>
  } catch {
    return {}
  }
}

function removeFile(file: string) {
  try {
    unlinkSync(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
}

function isStale(file: string, holder: Partial<Holder>, staleAfterMs: number): boolean {
  // Our own PID in the file can only be a dead holder's, handed on to us.
  if (holder.host === thisHost && typeof holder.pid === 'number') return holder.pid === process.pid || !isAlive(holder.pid)
  try {
    return Date.now() - statSync(file).mtimeMs > staleAfterMs
  } catch {
    return true
  }
}

/** Takes the data directory for this process or throws DataDirLockedError naming the holder. */
export function lockDataDir(dataDir: string, options: LockOptions = {}): DataDirLock {
  const { heartbeatMs = 5_000, staleAfterMs = 20_000 } = options
  const file = join(dataDir, LOCK_FILE)
  if (held.has(file)) throw new DataDirLockedError(dataDir, { pid: process.pid, host: thisHost }, staleAfterMs)
  const me: Holder = { pid: process.pid, host: thisHost, token: randomUUID(), since: new Date().toISOString() }
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' })
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const holder = readHolder(file)
    if (attempt >= 2 || !isStale(file, holder, staleAfterMs)) throw new DataDirLockedError(dataDir, holder, staleAfterMs)
    // Remove only the stale lock we judged, not one a concurrent starter has just written.
    if (readHolder(file).token === holder.token) removeFile(file)
  }
  held.add(file)
  const heartbeat = setInterval(() => {
    try {
      const now = new Date()
      utimesSync(file, now, now)
    } catch {
      // Deleted by hand: nothing to keep fresh; release() copes with a missing file.
    }
  }, heartbeatMs).unref()
  return {
    file,
    release() {
      clearInterval(heartbeat)
      if (!held.delete(file)) return
      if (readHolder(file).token === me.token) removeFile(file)
    },
  }
}
