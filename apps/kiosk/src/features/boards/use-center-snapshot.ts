import { type Ref, computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { ApiError } from '@linli/api-client'
import { api } from '../../api'
import { followCenter } from '../../realtime/socket'
import { type CenterSnapshot, loadSnapshot, saveSnapshot } from '../../offline/snapshot'
import { addDays, localDateAt } from './center-time'
import { ALL_PARTS, type Part, SCHEDULE_DAYS, partsFor } from './snapshot-parts'

export const RETRY_MS = 10_000
/** A push is only a hint; re-reading everything now and then covers one lost without a disconnect. */
export const FULL_REFRESH_MS = 5 * 60_000

/**
 * Everything one center's board shows, kept current while the calling component is mounted: the
 * stored snapshot first (so a screen without network still shows its center), then the API, re-read
 * on every push and (re)connect, retried every 10 s while it fails, and stored after each good read.
 */
export function useCenterSnapshot(centerId: Ref<string>, now: Ref<Date>) {
  const snapshot = shallowRef<CenterSnapshot | undefined>(loadSnapshot(centerId.value))
  const failing = ref(false)
  const notFound = ref(false)
  const status = computed(() => (snapshot.value ? 'ready' : failing.value ? 'error' : 'loading'))

  const pending = new Set<Part>()
  let running = false
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  async function read(id: string, parts: Set<Part>): Promise<CenterSnapshot> {
    const old = snapshot.value?.centerId === id ? snapshot.value : undefined
    if (!old) for (const p of ALL_PARTS) parts.add(p)
    const center = parts.has('center') || !old ? await api.getCenter(id) : old.center
    const from = localDateAt(new Date(), center.timeZone)
    const [rooms, schedule, board] = await Promise.all([
      parts.has('rooms') || !old ? api.listRooms(id).then((r) => r.items) : old.rooms,
      parts.has('schedule') || !old ? api.getSchedule(id, { from, to: addDays(from, SCHEDULE_DAYS - 1) }) : old.schedule,
      parts.has('board') || !old ? api.getBoard(id) : old.board,
    ])
    return { centerId: id, savedAt: new Date().toISOString(), center, rooms, schedule, board }
  }

  async function run() {
    running = true
    while (pending.size && !stopped) {
      const parts = new Set(pending)
      pending.clear()
      const id = centerId.value
      try {
        const next = await read(id, parts)
        if (stopped || id !== centerId.value) continue
        snapshot.value = next
        failing.value = false
        notFound.value = false
        saveSnapshot(next)
      } catch (err) {
        if (stopped || id !== centerId.value) continue
        console.warn(`[board] reading center ${id} failed`, err)
        failing.value = true
        notFound.value = err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 400)
        clearTimeout(retryTimer)
        retryTimer = setTimeout(() => refresh([...parts]), RETRY_MS)
      }
    }
    running = false
  }

  /** Re-reads the given parts (everything when nothing is known yet); calls made meanwhile are merged. */
  function refresh(parts: readonly Part[] = ALL_PARTS) {
    for (const p of parts) pending.add(p)
    if (!running) void run()
  }

  let stopFollowing: (() => void) | undefined
  const stopWatchingId = watch(
    centerId,
    (id, previous) => {
      stopFollowing?.()
      if (previous !== undefined && id !== previous) {
        snapshot.value = loadSnapshot(id)
        failing.value = false
      }
      stopFollowing = followCenter(id, (hint) => refresh(partsFor(hint)))
      refresh()
    },
    { immediate: true },
  )

  // A new day moves the week window; the board re-reads as the center's date changes.
  const today = computed(() => (snapshot.value ? localDateAt(now.value, snapshot.value.center.timeZone) : undefined))
  watch(today, (day, before) => {
    if (day && before && day !== before) refresh(['schedule', 'board'])
  })
  const fullTimer = setInterval(() => refresh(), FULL_REFRESH_MS)

  onBeforeUnmount(() => {
    stopped = true
    stopWatchingId()
    stopFollowing?.()
    clearTimeout(retryTimer)
    clearInterval(fullTimer)
  })

  return { snapshot, status, failing, notFound, today, refresh }
}
