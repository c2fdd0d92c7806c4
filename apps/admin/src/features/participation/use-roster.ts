import { ref } from 'vue'
import type { Roster } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { getRoster } from './participation-api'

/**
 * One occurrence's sign-up list and check-ins. Reloading keeps the list on screen (no flicker at
 * the door); a slower answer never overwrites a newer one.
 */
export function useRoster() {
  const roster = ref<Roster | null>(null)
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()
  let latest = 0

  async function load(occurrenceId: string, options: { quiet?: boolean } = {}) {
    const call = ++latest
    loading.value = true
    try {
      const answer = await getRoster(occurrenceId)
      if (call !== latest) return
      roster.value = answer
      error.value = ''
    } catch (err) {
      if (call !== latest) return
      // A background refresh that fails keeps the last list; only the first load shows the error.
      if (!options.quiet || !roster.value) {
        roster.value = null
        error.value = message(err)
        notify(err)
      }
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { roster, loading, error, load }
}
