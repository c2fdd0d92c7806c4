import { computed, ref } from 'vue'
import type { Region } from '@linli/contracts'
import { useSessionStore } from '../../stores/session.store'
import { listRegions } from './district-api'
import { subdistrictsOf } from './subdistricts'

/** The signed-in district admin's region and the subdistricts in it, for the filters. */
export function useDistrictScope() {
  const session = useSessionStore()
  const regionId = computed(() => session.me?.regionId ?? null)
  const regions = ref<Region[]>([])

  async function load() {
    try {
      regions.value = (await listRegions()).items
    } catch {
      // Only the subdistrict filter needs them; the lists still work without it.
      regions.value = []
    }
  }

  const subdistricts = computed(() => (regionId.value ? subdistrictsOf(regions.value, regionId.value) : []))
  return { regionId, subdistricts, load }
}
