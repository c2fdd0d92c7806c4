import { ref } from 'vue'
import type { Closure, HolidayCalendar } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { closeOnHoliday, deleteClosure, getHolidays, listClosures, openOnHoliday, setHolidays } from './closures-api'

/** A center's upcoming closures and national holiday calendar, with the writes the page makes. */
export function useClosures() {
  const closures = ref<Closure[]>([])
  const holidays = ref<HolidayCalendar>({ followsNationalHolidays: false, days: [] })
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined) {
    const call = ++latest
    if (!centerId) {
      closures.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const [list, calendar] = await Promise.all([listClosures(centerId), getHolidays(centerId)])
      if (call !== latest) return
      closures.value = list.items
      holidays.value = calendar
    } catch (err) {
      if (call !== latest) return
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  /** Runs a write, then reloads; false (and the error shown) when it failed. */
  async function write(centerId: string, action: () => Promise<unknown>) {
    try {
      await action()
      await load(centerId)
      return true
    } catch (err) {
      notify(err)
      return false
    }
  }

  return {
    closures, holidays, loading, error, load,
    remove: (centerId: string, id: string) => write(centerId, () => deleteClosure(id)),
    follow: (centerId: string, on: boolean) => write(centerId, () => setHolidays(centerId, { followsNationalHolidays: on })),
    keepOpen: (centerId: string, date: string, open: boolean) => write(centerId, () => (open ? openOnHoliday(centerId, date) : closeOnHoliday(centerId, date))),
  }
}
