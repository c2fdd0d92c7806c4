import { ref } from 'vue'
import type { DeliveryQuery, DeliveryRecord } from '@linli/contracts'
import { api } from '../../api'
import { useCenterPage } from '../../composables/use-center-page'

/**
 * One page of a center's delivery log, and the residents seen in it so far (there is no resident
 * list for staff to pick from, so the 居民 filter offers those). A slower answer for an earlier
 * filter is dropped.
 */
export function useDeliveries() {
  const residents = ref(new Map<string, string>())
  const { items, total, loading, error, load: loadPage } = useCenterPage<DeliveryQuery, DeliveryRecord>(api.listDeliveries)

  async function load(centerId: string | undefined, query: DeliveryQuery) {
    await loadPage(centerId, query)
    for (const d of items.value) residents.value.set(d.residentId, d.residentName)
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
