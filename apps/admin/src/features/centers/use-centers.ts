import { ref } from 'vue'
import type { Center } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { useSessionStore } from '../../stores/session.store'

/**
 * The centers in the staff member's scope, with loading and error state for the list screens.
 * GET /api/centers is public and lists every center, so the scope is applied here: a district
 * admin asks for their region's subtree, center staff keep only their own center.
 */
export function useCenters() {
  const session = useSessionStore()
  const centers = ref<Center[]>([])
  const loading = ref(false)
  /** True once a list has arrived, so pages can tell "none in scope" from "not asked yet". */
  const loaded = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()

  async function load() {
    loading.value = true
    error.value = ''
    try {
      const me = session.me
      const { items } = await api.listCenters(me?.role === 'district_admin' && me.regionId ? { regionId: me.regionId } : {})
      const inScope = me?.centerId ? items.filter((c) => c.id === me.centerId) : items
      centers.value = [...inScope].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      loaded.value = true
    } catch (err) {
      error.value = message(err)
      notify(err)
    } finally {
      loading.value = false
    }
  }

  /** Puts a saved center into the list without reloading everything. */
  function upsert(center: Center) {
    const i = centers.value.findIndex((c) => c.id === center.id)
    if (i >= 0) centers.value.splice(i, 1, center)
    else centers.value.push(center)
  }

  function drop(centerId: string) {
    centers.value = centers.value.filter((c) => c.id !== centerId)
  }

  return { centers, loading, loaded, error, load, upsert, drop }
}
