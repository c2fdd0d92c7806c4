import { ref, shallowRef } from 'vue'
import type { Family, FamilyLink } from '@linli/contracts'
import { api } from '../../api'
import { useActingFor } from '../../shared/family/use-acting-for'
import { isSignedOutError } from '../../shared/api-errors'
import { useResidentSession } from '../../shared/use-resident-session'

/** The 家人 page's data: whom the resident acts for, who acts for them, and unlinking either. */
export function useFamily() {
  const session = useResidentSession()
  const acting = useActingFor()
  const family = shallowRef<Family>()
  const failed = ref(false)
  const unlinking = ref(false)
  const unlinkFailure = shallowRef<unknown>()

  async function load() {
    failed.value = false
    try {
      family.value = await api.getMyFamily()
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      failed.value = true
    }
  }

  /** After a change: this page and the 为谁预约 picker read the links again. */
  async function refresh() {
    await Promise.all([load(), acting.reload()])
  }

  async function unlink(link: FamilyLink): Promise<boolean> {
    unlinking.value = true
    unlinkFailure.value = undefined
    try {
      await api.unlinkFamily(link.id)
      await refresh()
      return true
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      unlinkFailure.value = err
      // Gone already (the other side unlinked): show the list as it is now.
      await refresh()
      return false
    } finally {
      unlinking.value = false
    }
  }

  return { family, failed, load, refresh, unlink, unlinking, unlinkFailure }
}
