import { ref } from 'vue'
import type { DeliveryQuery, DeliveryRecord } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/**
 * One page of a center's delivery log, and the residents seen in it so far (there is no resident
 * list for staff to pick from, so the 居民 filter offers those). A slower answer for an earlier
 * filter is dropped.
 */
export function useDeliveries() {
  const items = ref<DeliveryRecord[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref('')
  const residents = ref(new Map<string, string>())
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, query: DeliveryQuery) {
    const call = ++latest
    if (!centerId) return
    loading.value = true
    error.value = ''
    try {
      const page = await api.listDeliveries(centerId, query)
      if (call !== latest) return
      items.value = page.items
      total.value = page.total
      for (const d of page.items) residents.value.set(d.residentId, d.residentName)
    } catch (err) {
      if (call !== latest) return
      items.value = []
      total.value = 0
      error.value = message(err)
      notify(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  /** Sends one again and shows its new state in place; throws the API's error for the page to word. */
  async function resend(id: string) {
    const updated = await api.resendDelivery(id)
    items.value = items.value.map((d) => (d.id === id ? updated : d))
    return updated
  }

  /** A new center has other residents. */
  const forgetResidents = () => (residents.value = new Map())

  return { items, total, loading, error, residents, load, resend, forgetResidents }
}
