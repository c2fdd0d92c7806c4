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

  async function remove() {
    if (!ready.value || working.value) return
    working.value = true
    error.value = undefined
    try {
      await api.deleteMyAccount({ confirm: ACCOUNT_DELETION_WORD })
      // The server cleared the cookie. Leave first, then forget: forgetting on a signed-in-only page
      // would send the resident to the sign-in page instead of saying what happened.
      await router.replace({ name: 'm-account-deleted' })
      session.forget()
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      error.value = accountErrorKey(err)
    } finally {
      working.value = false
    }
  }

  return { typed, working, error, ready, remove }
}
