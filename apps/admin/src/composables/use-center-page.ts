import { type Ref, ref } from 'vue'
import { useApiError } from './use-api-error'

/**
 * One page of a center's list with the number matching in all, for list pages with filters: an
 * answer for older filters that arrives late is dropped, a failure empties the page and says why.
 */
export function useCenterPage<Q, T>(fetchPage: (centerId: string, query: Q) => Promise<{ items: T[]; total: number }>) {
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, query: Q) {
    const call = ++latest
    if (!centerId) return
    loading.value = true
    error.value = ''
    try {
      const page = await fetchPage(centerId, query)
      if (call !== latest) return
      items.value = page.items
      total.value = page.total
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

  return { items, total, loading, error, load }
}
