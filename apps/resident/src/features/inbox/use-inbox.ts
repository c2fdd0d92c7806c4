import { onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import type { Notification } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { isSignedOutError } from '../../shared/api-errors'
import { useLoad } from '../../shell/use-load'
import { allMarkedRead, markedRead, mergePage } from './inbox-list'
import { onInboxChange, setUnread, unreadCount } from './use-inbox-feed'

const PAGE = 20

/**
 * The signed-in resident's notifications, newest first: the first page, re-read on every push and
 * reconnect; older pages on request; marking one or all read.
 */
export function useInbox() {
  const session = useResidentSession()
  const items = shallowRef<Notification[]>([])
  const total = ref(0)

  const first = useLoad(async () => {
    if (!session.resident.value) return undefined
    return api.listMyNotifications({ limit: PAGE })
  }, () => session.resident.value?.id)

  // Another resident (or none): start from nothing rather than mixing two inboxes.
  watch(() => session.resident.value?.id, () => {
    items.value = []
    total.value = 0
  })
  watch(first.data, (page) => {
    if (!page) return
    items.value = mergePage(items.value, page.items)
    total.value = page.total
    setUnread(page.unread)
  })
  watch(first.error, (err) => {
    if (isSignedOutError(err)) session.forget()
  })
  onBeforeUnmount(onInboxChange(() => void first.reload()))

  const loadingMore = ref(false)
  const moreError = shallowRef<unknown>()

  /** The next older page: what is shown counts as the offset; an overlap from new arrivals is merged away. */
  async function loadMore() {
    loadingMore.value = true
    moreError.value = undefined
    try {
      const page = await api.listMyNotifications({ limit: PAGE, offset: items.value.length })
      items.value = mergePage(items.value, page.items)
      total.value = page.total
      setUnread(page.unread)
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      moreError.value = err
    } finally {
      loadingMore.value = false
    }
  }

  /** Tapped: shown as read at once (the page is left right away); the server is told on the way. */
  function open(n: Notification) {
    if (n.readAt) return
    items.value = markedRead(items.value, n.id, new Date())
    setUnread(unreadCount.value - 1)
    api.markNotificationRead(n.id).catch(() => {
      // Still unread on the server: the next read of the list shows it so again.
    })
  }

  const markingAll = ref(false)
  const notice = shallowRef<{ kind: 'ok' | 'error'; error?: unknown }>()

  async function markAll() {
    markingAll.value = true
    notice.value = undefined
    try {
      const { unread } = await api.markAllNotificationsRead()
      items.value = allMarkedRead(items.value, new Date())
      setUnread(unread)
      notice.value = { kind: 'ok' }
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      notice.value = { kind: 'error', error: err }
    } finally {
      markingAll.value = false
    }
  }

  return { ...first, session, items, total, unread: unreadCount, loadingMore, moreError, loadMore, open, markingAll, markAll, notice }
}
