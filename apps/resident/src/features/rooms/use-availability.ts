import { type Ref, computed, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import type { RoomAvailability } from '@linli/contracts'
import { api } from '../../api'
import { bookableDays } from './date-strip'
import { buildDayGrid } from './slot-grid'
import { type LocalDate, addDays, nowIn } from '../../shared/local-time'

const CHUNK_DAYS = 7 // the most the API answers in one request

/**
 * A room's free and busy time, read a week at a time and cached per day. The selected day is
 * re-read when the phone comes back to the page (the resident may have left it open for an hour)
 * and on demand after someone else took a slot; "now" ticks each minute so passing slots close.
 */
export function useAvailability(roomId: Ref<string>, timeZone: Ref<string>, selected: Ref<LocalDate>) {
  const days = shallowRef<Record<LocalDate, RoomAvailability>>({})
  const failed = shallowRef<Record<LocalDate, unknown>>({})
  const loading = ref(0)
  const now = ref(nowIn(timeZone.value))

  async function load(from: LocalDate, count = CHUNK_DAYS) {
    loading.value += 1
    try {
      const { items } = await api.getRoomAvailability(roomId.value, from, count)
      const next = { ...days.value }
      const stillFailed = { ...failed.value }
      for (const item of items) {
        next[item.date] = item
        delete stillFailed[item.date]
      }
      days.value = next
      failed.value = stillFailed
    } catch (err) {
      const marked = { ...failed.value }
      for (let i = 0; i < count; i++) marked[addDays(from, i)] = err
      failed.value = marked
    } finally {
      loading.value -= 1
    }
  }

  const today = computed(() => now.value.slice(0, 10))
  const policy = computed(() => (days.value[today.value] ?? Object.values(days.value)[0])?.policy)
  const strip = computed(() => (policy.value ? bookableDays(now.value, policy.value) : []))
  const day = computed(() => days.value[selected.value])
  const grid = computed(() => (day.value ? buildDayGrid(day.value, now.value) : undefined))
  const error = computed(() => failed.value[selected.value])
  // For the date strip: days already read that are closed, or have nothing left to book.
  const marks = computed(() => {
    const result: Record<LocalDate, 'closed' | 'full' | undefined> = {}
    for (const [date, item] of Object.entries(days.value)) {
      if (!item.opening.length) result[date] = 'closed'
      else if (!buildDayGrid(item, now.value).slots.some((s) => s.state === 'free')) result[date] = 'full'
    }
    return result
  })

  // The week from today first (it carries the policy that sizes the strip), then whatever week a tap reaches.
  watch(selected, (date) => {
    if (date && !days.value[date] && !failed.value[date]) void load(date)
  })
  void load(today.value)

  const refresh = () => {
    now.value = nowIn(timeZone.value)
    return load(selected.value, 1)
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') void refresh()
  }
  const tick = setInterval(() => {
    now.value = nowIn(timeZone.value)
  }, 60_000)
  onMounted(() => document.addEventListener('visibilitychange', onVisible))
  onBeforeUnmount(() => {
    clearInterval(tick)
    document.removeEventListener('visibilitychange', onVisible)
  })

  const retry = () => load(selected.value)

  return { days, now, today, policy, strip, day, grid, error, marks, loading: computed(() => loading.value > 0), refresh, retry }
}
