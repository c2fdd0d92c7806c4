import { ref } from 'vue'
import type { Suspension } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { liftSuspension, listSuspensions } from './participation-api'

/** A center's no-show suspensions (爽约暂停), newest first, and lifting one. */
export function useSuspensions() {
  const { message, notify } = useApiError()
  const items = ref<Suspension[]>([])
  const loading = ref(false)
  const error = ref('')
  let latest = 0

  async function load(centerId: string, onlyActive: boolean) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const answer = await listSuspensions(centerId, onlyActive)
      if (call === latest) items.value = answer.items
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  async function lift(id: string): Promise<boolean> {
    try {
      const lifted = await liftSuspension(id)
      items.value = items.value.map((s) => (s.id === id ? lifted : s))
      return true
    } catch (err) {
      notify(err)
      return false
    }
  }

  return { items, loading, error, load, lift }
}
