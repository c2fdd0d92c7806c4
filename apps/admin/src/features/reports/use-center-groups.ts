import { type Ref, ref } from 'vue'
import type { ResidentGroup } from '@linli/contracts'
import { api } from '../../api'

/**
 * A center's target groups, for the participation rate. Quiet on failure: the report works
 * without a group, the picker is simply not shown.
 */
export function useCenterGroups() {
  const items = ref([]) as Ref<ResidentGroup[]>
  let latest = 0

  async function load(centerId: string | undefined) {
    const call = ++latest
    items.value = []
    if (!centerId) return
    try {
      const answer = await api.listGroups(centerId)
      if (call === latest) items.value = answer.items
    } catch {
      if (call === latest) items.value = []
    }
  }

  return { items, load }
}
