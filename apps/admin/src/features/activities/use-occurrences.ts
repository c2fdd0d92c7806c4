import { ref } from 'vue'
import type { Occurrence } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import type { DateRange } from './calendar-range'

/** The occurrences of one center in a date range, with loading and error state. */
export function useOccurrences() {
  const items = ref<Occurrence[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, range: DateRange) {
    const call = ++latest
    if (!centerId) {
      items.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const { items: list } = await api.listOccurrences(centerId, range)
      // An answer for a range the user already left must not overwrite the current one.
      if (call === latest) items.value = list
    } catch (err) {
      if (call !== latest) return
      items.value = []
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { items, loading, error, load }
}
