import { computed, onMounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import { useSessionStore } from '../../stores/session.store'
import { useCenters } from '../centers/use-centers'

/**
 * The center a page shows, kept in the URL (?center=) so it can be linked and reloaded; checked
 * against the centers in scope, falling back to the staff member's own center, then the first.
 */
export function useCenterChoice() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const centers = useCenters()

  const centerId = computed<string | undefined>({
    get: () => {
      if (!centers.loaded.value) return undefined
      const list = centers.centers.value
      const wanted = [route.query.center, session.me?.centerId].find((id) => list.some((c) => c.id === id))
      return typeof wanted === 'string' ? wanted : list[0]?.id
    },
    set: (id) => void router.replace({ query: { ...route.query, center: id } }),
  })
  const center = computed(() => centers.centers.value.find((c) => c.id === centerId.value))
  const timeZone = computed(() => center.value?.timeZone ?? DEFAULT_TIME_ZONE)

  onMounted(() => void centers.load())

  return { centers, centerId, center, timeZone }
}
