import { ref, shallowRef } from 'vue'
import type { Household, Organisation } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/**
 * A center's households and organisations for 家庭与组织. Every change re-reads both lists, so the
 * page shows what the server has; actions resolve to an error message, or '' when done.
 */
export function useGroups() {
  const households = shallowRef<Household[]>([])
  const organisations = shallowRef<Organisation[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0
  let centerId = ''

  async function load(id: string | undefined) {
    const call = ++latest
    centerId = id ?? ''
    if (!id) {
      households.value = []
      organisations.value = []
      return
    }
    loading.value = true
    error.value = ''
    try {
      const [h, o] = await Promise.all([api.listHouseholds(id), api.listOrganisations(id)])
      if (call !== latest) return
      households.value = h.items
      organisations.value = o.items
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  async function run(action: () => Promise<unknown>) {
    try {
      await action()
      return ''
    } catch (err) {
      return message(err)
    } finally {
      await load(centerId)
    }
  }

  return { households, organisations, loading, error, load, run }
}
