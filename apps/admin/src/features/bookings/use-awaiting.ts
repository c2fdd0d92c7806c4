import { onScopeDispose, ref, watch } from 'vue'
import type { Booking } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { followCenter } from '../../composables/center-changes'

/**
 * 待我审批: the requests waiting at a step the signed-in staff member decides, across every center
 * they oversee. A subdistrict admin hears of a request reaching their step as a 'schedule' change
 * of its center, so the list follows all of `centerIds` and re-reads on each hint.
 */
export function useAwaiting(centerIds: () => string[]) {
  const items = ref<Booking[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0

  async function load() {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const answer = await api.listAwaitingBookings()
      if (call === latest) items.value = answer.items
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  let stops: (() => void)[] = []
  const unfollow = () => {
    for (const stop of stops) stop()
    stops = []
  }
  watch(() => centerIds().join(','), () => {
    unfollow()
    stops = centerIds().map((id) => followCenter(id, (hint) => {
      if (hint === 'schedule' || hint === 'connect') void load()
    }))
  }, { immediate: true })
  onScopeDispose(unfollow)

  return { items, loading, error, load }
}
