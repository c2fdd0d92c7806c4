import { ref, shallowRef } from 'vue'
import type { DeskFamily, DeskFamilyDirection } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'

/**
 * One resident's family links for the 家人代办 dialog: read them, link another resident the center
 * knows either way round, end a desk link. Every change re-reads the list, so it shows what the server has.
 */
export function useResidentFamily() {
  const family = shallowRef<DeskFamily | null>(null)
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0

  async function load(centerId: string, residentId: string) {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const got = await api.getDeskFamily(centerId, residentId)
      if (call === latest) family.value = got
    } catch (err) {
      if (call !== latest) return
      family.value = null
      error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  /** Resolves to an error message, or '' when done. */
  async function link(centerId: string, residentId: string, otherResidentId: string, direction: DeskFamilyDirection) {
    try {
      await api.createDeskFamilyLink(centerId, residentId, { otherResidentId, direction })
      return ''
    } catch (err) {
      return message(err)
    } finally {
      await load(centerId, residentId)
    }
  }

  async function unlink(centerId: string, residentId: string, linkId: string) {
    try {
      await api.deleteFamilyLink(linkId)
      return ''
    } catch (err) {
      return message(err)
    } finally {
      await load(centerId, residentId)
    }
  }

  function clear() {
    latest++
    family.value = null
    error.value = ''
  }

  return { family, loading, error, load, link, unlink, clear }
}
