import { type Ref, ref } from 'vue'
import { useApiError } from './use-api-error'

/**
 * One list of a center's things, read through `fetch`, with loading and error state. A slower
 * answer for an earlier center or filter never overwrites the current one.
 */
export function useCenterList<T, Q>(fetch: (centerId: string, query: Q) => Promise<{ items: T[] }>) {
  const items = ref([]) as Ref<T[]>
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, query: Q) {
    const call = ++latest
    if (!centerId) {
      items.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const answer = await fetch(centerId, query)
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
