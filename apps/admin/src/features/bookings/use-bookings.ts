import { ref } from 'vue'
import type { Booking, BookingListQuery } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/** One list of a center's bookings (a tab), with loading and error state. */
export function useBookings() {
  const items = ref<Booking[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, query: BookingListQuery) {
    const call = ++latest
    if (!centerId) {
      items.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const answer = await api.listCenterBookings(centerId, query)
      // A slower answer for an earlier center or filter must not overwrite the current one.
      if (call === latest) items.value = answer.items
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
