import type { Database } from '../../db/database'
import { touchScreens } from './screens.repository'

/**
 * Screens' heartbeats, written in batches. Every paired screen beats every 30 s: a province's
 * 50,000 screens would be 1,700 single-row UPDATEs a second. Beats are kept in memory (the last
 * one per screen wins) and written in one statement every `everyMs`; a screen counts as online
 * from its connection and for 75 s after its last beat, so a write up to 15 s late changes nothing
 * anyone sees. The staff's list of a center's screens flushes first (it shows each screen's app
 * version, which only beats carry), best effort: a failed write never fails the page.
 */
export interface SeenBatch {
  seen(screenId: string, appVersion?: string): void
  /** Writes what is pending now, after any write already under way; a failure is kept for the next one. */
  flush(): Promise<void>
  close(): Promise<void>
}

export function createSeenBatch(db: Database, clock: () => Date, everyMs = 15_000): SeenBatch {
  let pending = new Map<string, { at: Date; appVersion?: string }>()
  let timer: NodeJS.Timeout | undefined
  let closed = false
  // One write at a time: two at once could lock the same screens in different orders.
  let writing: Promise<void> = Promise.resolve()
  const write = async () => {
    if (pending.size === 0) return
    const taken = pending
    pending = new Map()
    // Sorted, so concurrent batches of several replicas lock rows in the same order.
    const beats = [...taken].map(([id, b]) => ({ id, ...b })).sort((a, b) => (a.id < b.id ? -1 : 1))
    try {
      await touchScreens(db, beats)
    } catch (e) {
      // Put the beats back unless newer ones came meanwhile, for the next write to try.
      for (const [id, b] of taken) if (!pending.has(id)) pending.set(id, b)
      throw e
    }
  }
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    writing = writing.catch(() => undefined).then(write)
    return writing
  }
  return {
    seen(screenId, appVersion) {
      if (closed) return
      pending.set(screenId, { at: clock(), appVersion: appVersion ?? pending.get(screenId)?.appVersion })
      timer ??= setTimeout(() => void flush().catch(() => undefined), everyMs).unref()
    },
    flush,
    async close() {
      closed = true
      await flush().catch(() => undefined)
    },
  }
}
