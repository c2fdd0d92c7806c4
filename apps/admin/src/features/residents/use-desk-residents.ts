import { ref, shallowRef } from 'vue'
import type { DeskResident } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { searchTerm } from './resident-form'

/**
 * The residents a center knows, narrowed by a search: a slower answer for an earlier search or
 * center is dropped, and a failure empties the list and says why (the table shows it with 重试).
 */
export function useDeskResidents() {
  const items = shallowRef<DeskResident[]>([])
  const more = ref(false)
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0

  async function load(centerId: string | undefined, search: string) {
    const call = ++latest
    if (!centerId) return
    loading.value = true
    error.value = ''
    try {
      const q = searchTerm(search)
      const page = await api.listDeskResidents(centerId, q ? { q } : {})
      if (call !== latest) return
      items.value = page.items
      more.value = page.more
    } catch (err) {
      if (call !== latest) return
      items.value = []
      more.value = false
      error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { items, more, loading, error, load }
}
