import { computed, reactive, ref, watch, type Ref } from 'vue'
import type { ActivityCategory, Audience, DistrictCalendar } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { shiftDate, visibleRange } from '../activities/calendar-range'
import { todayIn } from '../activities/wall-clock'
import { agendaDays, datesBetween } from './district-agenda'
import { getDistrictCalendar } from './district-api'

export type DistrictView = 'day' | 'week'

/** The district's own zone: its centers are in China; a calendar day starts at local midnight. */
const ZONE = 'Asia/Shanghai'

/**
 * The district calendar's filters, the days shown and the answer for them. Any change reloads;
 * a slower answer for earlier filters never overwrites the current one.
 */
export function useDistrictCalendar(regionId: Ref<string | null>) {
  const view = ref<DistrictView>('week')
  const date = ref(todayIn(ZONE))
  const filters = reactive<{ subdistrictId: string; category: ActivityCategory | ''; audience: Audience | ''; bookings: boolean }>({
    subdistrictId: '', category: '', audience: '', bookings: false,
  })
  const calendar = ref<DistrictCalendar | null>(null)
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  const range = computed(() => visibleRange(view.value, date.value))
  let latest = 0

  async function load() {
    const call = ++latest
    if (!regionId.value) return
    loading.value = true
    error.value = ''
    try {
      const answer = await getDistrictCalendar(regionId.value, {
        ...range.value, subdistrictId: filters.subdistrictId || undefined, category: filters.category || undefined,
        audience: filters.audience || undefined, bookings: filters.bookings || undefined,
      })
      if (call === latest) calendar.value = answer
    } catch (err) {
      if (call !== latest) return
      calendar.value = null
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  watch([range, filters, regionId], () => void load(), { immediate: true, deep: true })

  const days = computed(() => (calendar.value ? agendaDays(calendar.value, datesBetween(range.value.from, range.value.to)) : []))
  const move = (step: 1 | -1) => (date.value = shiftDate(view.value, date.value, step))
  const goToday = () => (date.value = todayIn(ZONE))

  return { view, date, filters, range, calendar, days, loading, error, load, move, goToday }
}
