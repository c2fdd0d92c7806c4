import { ref } from 'vue'
import { DEFAULT_PARTICIPATION_POLICY, type ParticipationPolicy, type ParticipationPolicyPatch } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { getParticipationPolicy, updateParticipationPolicy } from './participation-api'

/** A center's participation rules (defaults filled in by the API), read by all staff, saved by managers. */
export function useParticipationPolicy() {
  const { message, notify } = useApiError()
  const policy = ref<ParticipationPolicy | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const error = ref('')
  let latest = 0

  async function load(centerId: string | undefined) {
    const call = ++latest
    if (!centerId) return void (policy.value = null)
    loading.value = true
    error.value = ''
    try {
      const answer = await getParticipationPolicy(centerId)
      if (call === latest) policy.value = { ...DEFAULT_PARTICIPATION_POLICY, ...answer }
    } catch (err) {
      if (call === latest) error.value = message(err)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  async function save(centerId: string, patch: ParticipationPolicyPatch): Promise<boolean> {
    saving.value = true
    try {
      policy.value = { ...DEFAULT_PARTICIPATION_POLICY, ...(await updateParticipationPolicy(centerId, patch)) }
      return true
    } catch (err) {
      notify(err)
      return false
    } finally {
      saving.value = false
    }
  }

  return { policy, loading, saving, error, load, save }
}
