import { computed, onMounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import { useSessionStore } from '../../stores/session.store'
import { useCenters } from '../centers/use-centers'
import { useRegions } from '../centers/use-regions'
import { type ReportRange, defaultRange, parseRange } from './report-range'

export type ReportScope = 'center' | 'region'

/**
 * What the reports page shows, kept in the URL (?scope=&center=&region=&from=&to=&group=) so a
 * report can be linked, reloaded and printed. Ids are checked against what is in scope: center
 * staff always see their own center; district admins any center or region of their area.
 */
export function useReportFilters() {
  const route = useRoute()
  const router = useRouter()
  const session = useSessionStore()
  const centers = useCenters()
  const regions = useRegions()
  const isDistrict = computed(() => session.me?.role === 'district_admin')

  function set(patch: Record<string, string | undefined>) {
    const query = { ...route.query, ...patch }
    for (const [k, v] of Object.entries(query)) if (v === undefined || v === '') delete query[k]
    void router.replace({ query })
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined)

  const scope = computed<ReportScope>({
    get: () => (isDistrict.value && route.query.scope === 'region' ? 'region' : 'center'),
    set: (value) => set({ scope: value === 'region' ? value : undefined }),
  })

  const centerId = computed<string | undefined>({
    get: () => {
      const list = centers.centers.value
      const wanted = [text(route.query.center), session.me?.centerId].find((id) => list.some((c) => c.id === id))
      return wanted ?? list[0]?.id
    },
    // Target groups belong to one center.
    set: (id) => set({ center: id, group: undefined }),
  })
  const center = computed(() => centers.centers.value.find((c) => c.id === centerId.value))
  const timeZone = computed(() => center.value?.timeZone ?? DEFAULT_TIME_ZONE)

  const regionTree = computed(() => regions.treeWithin(session.me?.regionId))
  const regionId = computed<string | undefined>({
    get: () => {
      const wanted = text(route.query.region)
      return wanted && regions.regions.value.some((r) => r.id === wanted) ? wanted : (session.me?.regionId ?? undefined)
    },
    set: (id) => set({ region: id }),
  })
  const region = computed(() => regions.regions.value.find((r) => r.id === regionId.value))

  const range = computed<ReportRange>({
    get: () => parseRange(route.query.from, route.query.to) ?? defaultRange(timeZone.value),
    set: ([from, to]) => set({ from, to }),
  })
  const groupId = computed<string>({
    get: () => text(route.query.group) ?? '',
    set: (id) => set({ group: id || undefined }),
  })

  onMounted(() => {
    void centers.load()
    if (isDistrict.value) void regions.load()
  })

  return { isDistrict, scope, centers, center, centerId, timeZone, regions, regionTree, regionId, region, range, groupId }
}
