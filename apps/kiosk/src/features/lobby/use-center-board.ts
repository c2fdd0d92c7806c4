import { type Ref, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { ApiError } from '@linli/api-client'
import type { Center, Room } from '@linli/contracts'
import { api } from '../../api'
import { followCenter } from '../../realtime/socket'
import { lobbyRooms } from './room-grid'

export const RETRY_MS = 10_000

export type BoardStatus = 'loading' | 'ready' | 'error'

/**
 * The center and rooms one lobby screen shows, kept current for as long as the calling component
 * is mounted: read over HTTP, re-read on every push and (re)connect, retried every 10 s after a
 * failure. A failed refresh keeps the last good board on screen and flags it as stale.
 */
export function useCenterBoard(centerId: Ref<string>) {
  const center = shallowRef<Center>()
  const rooms = shallowRef<Room[]>([])
  const status = ref<BoardStatus>('loading')
  const notFound = ref(false)
  const stale = ref(false)

  let generation = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  async function load() {
    const mine = ++generation
    clearTimeout(retryTimer)
    const id = centerId.value
    try {
      const [c, r] = await Promise.all([api.getCenter(id), api.listRooms(id)])
      if (mine !== generation) return // a newer read (or another center) superseded this one
      center.value = c
      rooms.value = lobbyRooms(r.items)
      status.value = 'ready'
      notFound.value = false
      stale.value = false
    } catch (err) {
      if (mine !== generation) return
      console.warn(`[lobby] reading center ${id} failed`, err)
      // 400 is a malformed id in the screen's URL: as hopeless as an unknown one, so say so.
      notFound.value = err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 400)
      if (status.value === 'ready' && !notFound.value) stale.value = true
      else status.value = 'error'
      retryTimer = setTimeout(load, RETRY_MS)
    }
  }

  let stopFollowing: (() => void) | undefined
  const stopWatchingId = watch(
    centerId,
    (id, previous) => {
      stopFollowing?.()
      if (id !== previous) {
        center.value = undefined
        rooms.value = []
        status.value = 'loading'
      }
      stopFollowing = followCenter(id, () => void load())
      void load()
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    stopWatchingId()
    stopFollowing?.()
    generation++ // drop any answer still in flight
    clearTimeout(retryTimer)
  })

  return { center, rooms, status, notFound, stale, reload: load }
}
