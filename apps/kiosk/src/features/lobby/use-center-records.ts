import { type Ref, onBeforeUnmount, shallowRef, watch } from 'vue'
import type { PublicRecord } from '@linli/contracts'
import { api } from '../../api'
import { followCenter } from '../../realtime/socket'
import { FULL_REFRESH_MS, RETRY_MS } from '../boards/use-center-snapshot'

/** How many of the latest records the 活动风采 panel turns through. */
export const LOBBY_RECORDS = 6

/**
 * The center's latest published records with photos, for the lobby's 活动风采: read on every
 * (re)connect and every `records` push (a record published, edited or unpublished), retried while
 * it fails, and re-read now and then in case a push was lost. Kept in memory only.
 */
export function useCenterRecords(centerId: Ref<string>) {
  const records = shallowRef<PublicRecord[]>([])
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let latest = 0

  async function read() {
    const id = centerId.value
    const call = ++latest
    try {
      const { items } = await api.listCenterRecords(id, { limit: LOBBY_RECORDS })
      if (call === latest) records.value = items.filter((r) => r.photos.length > 0)
    } catch {
      clearTimeout(retryTimer)
      retryTimer = setTimeout(() => void read(), RETRY_MS)
    }
  }

  let stopFollowing: (() => void) | undefined
  const stopWatching = watch(centerId, (id, before) => {
    stopFollowing?.()
    if (before !== undefined && id !== before) records.value = []
    stopFollowing = followCenter(id, (hint) => {
      if (hint === 'connect' || hint === 'records') void read()
    })
    void read()
  }, { immediate: true })
  const timer = setInterval(() => void read(), FULL_REFRESH_MS)

  onBeforeUnmount(() => {
    stopWatching()
    stopFollowing?.()
    clearTimeout(retryTimer)
    clearInterval(timer)
  })
  return records
}
