import { onBeforeUnmount, readonly, ref, watch } from 'vue'
import type { NotificationHint } from '@linli/contracts'
import { api } from '../../api'
import { onResidentEvents } from '../../realtime/socket'
import { useResidentSession } from '../../shared/use-resident-session'
import { isSignedOutError } from '../../shared/api-errors'
import { movePushFromOldPages } from '../../shared/push-subscription'

/** Why the inbox should be re-read: the socket (re)connected and may have missed pushes, or one arrived. */
export type InboxChange = { reason: 'connect' } | { reason: 'new'; hint: NotificationHint }

// One count for the whole visit: the bell on every page and the inbox page read and set it.
const unread = ref(0)
const listeners = new Set<(change: InboxChange) => void>()
/** Bumped by every push and every list read; a count read that started before one of them is stale. */
let version = 0

/** The unread count of the signed-in resident, for the bell. */
export const unreadCount = readonly(unread)

/** The inbox page read a page or marked something read: its count is the newest. */
export function setUnread(n: number) {
  version++
  unread.value = Math.max(0, n)
}

/** Calls `listener` on every push and reconnect until the returned function is called. */
export function onInboxChange(listener: (change: InboxChange) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/**
 * Keeps the bell current while the phone pages are open (the shell calls it once): reads the count
 * when a resident is signed in and on every reconnect, and takes it from each push in between.
 */
export function useInboxFeed() {
  const session = useResidentSession()
  let stop: (() => void) | undefined

  async function readCount() {
    const mine = ++version
    try {
      const { unread: n } = await api.listMyNotifications({ limit: 1 })
      if (mine === version) unread.value = n
    } catch (err) {
      // The bell is a hint; the inbox page shows what went wrong if the resident opens it.
      if (isSignedOutError(err)) session.forget()
    }
  }

  const tell = (change: InboxChange) => [...listeners].forEach((l) => l(change))

  watch(() => session.resident.value?.id, (residentId) => {
    stop?.()
    stop = undefined
    version++
    unread.value = 0
    if (!residentId) return
    stop = onResidentEvents(residentId, {
      connected: () => {
        void readCount()
        tell({ reason: 'connect' })
      },
      notification: (hint) => {
        setUnread(hint.unread)
        tell({ reason: 'new', hint })
      },
    })
    void readCount()
    // Best effort: a phone still subscribed through the old /kiosk/m/ pages gets its pushes here from now on.
    movePushFromOldPages().catch((err: unknown) => console.warn('[push] old subscription not moved', err))
  }, { immediate: true })

  onBeforeUnmount(() => stop?.())
}
