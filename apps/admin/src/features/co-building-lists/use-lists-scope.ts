import { computed, onMounted, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import { useSessionStore } from '../../stores/session.store'
import { useCenters } from '../centers/use-centers'
import { useRegions } from '../centers/use-regions'
import { chooseScope, parseScopeKey, regionsWithin, scopeKey } from './lists-scope'

/**
 * Whose lists the page shows, kept in the URL (?center= or ?region=) so it can be linked and
 * reloaded: center staff see their center; district admins any region or center of their area.
 */
export function useListsScope() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const centers = useCenters()
  const regions = useRegions()
  const isAdmin = computed(() => session.me?.role === 'district_admin')
  const regionsAsked = ref(false)

  const regionChoices = computed(() => (isAdmin.value ? regionsWithin(regions.regions.value, session.me?.regionId) : []))
  const ready = computed(() => centers.loaded.value && (!isAdmin.value || regionsAsked.value))
  const scope = computed(() => (ready.value ? chooseScope(route.query, session.me, centers.centers.value, regionChoices.value) : undefined))
  const key = computed<string>({
    get: () => scopeKey(scope.value),
    set: (value) => {
      const next = parseScopeKey(value)
      const query = { ...route.query }
      delete query.center
      delete query.region
      if (next) query[next.kind] = next.id
      void router.replace({ query })
    },
  })
  const timeZone = computed(() => {
    const s = scope.value
    return (s?.kind === 'center' && centers.centers.value.find((c) => c.id === s.id)?.timeZone) || DEFAULT_TIME_ZONE
  })

  onMounted(() => {
    void centers.load()
    if (isAdmin.value) void regions.load().finally(() => (regionsAsked.value = true))
  })

  return { scope, key, ready, isAdmin, centers: centers.centers, centersLoading: centers.loading, regions: regionChoices, timeZone }
}
