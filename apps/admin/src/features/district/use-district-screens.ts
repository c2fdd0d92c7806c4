import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { DistrictScreen } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { listDistrictScreens } from './district-api'

/** As often as the center's own screens page: health is only as fresh as the last read. */
const POLL_MS = 30_000

/**
 * Every screen of the region (optionally one subdistrict's), re-read every 30 s. A background read
 * that fails keeps the last list and only says so in `error`.
 */
export function useDistrictScreens(regionId: Ref<string | null>, subdistrictId: Ref<string>) {
  const screens = ref<DistrictScreen[]>([])
  const loading = ref(false)
  const error = ref('')
  const now = ref(Date.now())
  const { message, notify } = useApiError()
  let latest = 0

  async function load(options: { quiet?: boolean } = {}) {
    const call = ++latest
    if (!regionId.value) return
    if (!options.quiet) loading.value = true
    try {
      const { items } = await listDistrictScreens(regionId.value, { subdistrictId: subdistrictId.value || undefined })
      if (call !== latest) return
      screens.value = items
      error.value = ''
    } catch (err) {
      if (call !== latest) return
      error.value = message(err)
      if (!options.quiet) notify(err)
    } finally {
      now.value = Date.now()
      if (call === latest) loading.value = false
    }
  }

  watch([regionId, subdistrictId], () => void load(), { immediate: true })
  const timer = setInterval(() => {
    if (typeof document === 'undefined' || !document.hidden) void load({ quiet: true })
  }, POLL_MS)
  onScopeDispose(() => {
    clearInterval(timer)
    latest++
  })

  return { screens, loading, error, now, load }
}
