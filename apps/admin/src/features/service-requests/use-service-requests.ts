import { ref } from 'vue'
import type { ServiceRequest, ServiceRequestListQuery } from '@linli/contracts'
import { useCenterPage } from '../../composables/use-center-page'
import { requestFigures } from './request-status'
import { listServiceRequests } from './service-requests-api'

type Figures = ReturnType<typeof requestFigures>

/** One page of a center's requests with the number matching in all; a slower answer for older filters is dropped. */
export const useRequestPage = () => useCenterPage<ServiceRequestListQuery, ServiceRequest>(listServiceRequests)

const PAGE = 500

/**
 * The figures of a period: every request of it is read (500 at a time; a center logs hundreds a
 * year), so 登记转办 counts those transferred whatever happened next, which no status filter can.
 */
export function useRequestFigures() {
  const figures = ref<Figures | null>(null)
  const loading = ref(false)
  let latest = 0

  async function load(centerId: string | undefined, query: ServiceRequestListQuery) {
    const call = ++latest
    if (!centerId) return
    loading.value = true
    try {
      const all: Pick<ServiceRequest, 'status' | 'transferredAt'>[] = []
      for (let offset = 0; ; offset += PAGE) {
        const page = await listServiceRequests(centerId, { ...query, limit: PAGE, offset })
        all.push(...page.items)
        if (call !== latest || all.length >= page.total || !page.items.length) break
      }
      if (call === latest) figures.value = requestFigures(all)
    } catch {
      // The list shows the error; the figures just stay empty.
      if (call === latest) figures.value = null
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { figures, loading, load }
}
