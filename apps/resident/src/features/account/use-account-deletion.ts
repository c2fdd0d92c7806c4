import { computed, ref, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { ACCOUNT_DELETION_WORD } from '@linli/contracts'
import { api } from '../../api'
import { isSignedOutError } from '../../shared/api-errors'
import { useResidentSession } from '../../shared/use-resident-session'
import { accountErrorKey } from './account-errors'
import { deletionConfirmed } from './account-validation'

/** 注销账号: enabled once 注销 is typed; a refusal (a booking today) is said beside the button, nothing changed. */
export function useAccountDeletion() {
  const session = useResidentSession()
  const router = useRouter()
  const typed = ref('')
  const working = ref(false)
  const error = shallowRef<string>()
  const ready = computed(() => deletionConfirmed(typed.value))
  /** Set the moment the server has deleted the account, so being signed out then is no reason to ask for a sign-in. */
  const deleted = ref(false)

  async function remove() {
    if (!ready.value || working.value) return
    working.value = true
    error.value = undefined
    try {
      await api.deleteMyAccount({ confirm: ACCOUNT_DELETION_WORD })
      deleted.value = true
      session.forget()
      await router.replace({ name: 'm-account-deleted' })
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      error.value = accountErrorKey(err)
    } finally {
      working.value = false
    }
  }

  return { typed, working, error, ready, deleted, remove }
}
