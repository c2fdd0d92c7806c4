import type { Database } from '../../db/database'
import { touchScreens } from './screens.repository'

/**
 * Screens' heartbeats, written in batches. Every paired screen beats every 30 s: a province's
 * 50,000 screens would be 1,700 single-row UPDATEs a second. Beats are kept in memory (the last
 * one per screen wins) and written in one statement every `everyMs`; a screen counts as online
 * for 75 s after its last beat, so a write up to 15 s late changes nothing anyone sees. The staff
 * list of a center's screens flushes first, so what it shows is never behind this replica.
 */
export interface SeenBatch {
  seen(screenId: string, appVersion?: string): void
  /** Writes what is pending now (the staff list calls it before reading; the server on close). */
  flush(): Promise<void>
  close(): Promise<void>
}

export function createSeenBatch(db: Database, clock: () => Date, everyMs = 15_000): SeenBatch {
  let pending = new Map<string, { at: Date; appVersion?: string }>()
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const flush = async () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending.size === 0) return
    const beats = [...pending].map(([id, b]) => ({ id, ...b }))
    pending = new Map()
    await touchScreens(db, beats)
  }
  return {
    seen(screenId, appVersion) {
      if (closed) return
      pending.set(screenId, { at: clock(), appVersion: appVersion ?? pending.get(screenId)?.appVersion })
      // A lost batch only delays a screen's "online" by one beat: log nothing, retry with the next beats.
      timer ??= setTimeout(() => void flush().catch(() => undefined), everyMs).unref()
    },
    flush,
    async close() {
      closed = true
      await flush().catch(() => undefined)
    },
  }
}
