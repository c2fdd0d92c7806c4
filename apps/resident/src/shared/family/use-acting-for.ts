import { computed, ref, shallowRef, watch } from 'vue'
import type { FamilyLink } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../use-resident-session'

// One choice for the whole app: picked on the room page, it still holds on 我的预约 and the sign-up page.
const members = shallowRef<FamilyLink[]>([])
const chosenId = ref('')
let loadedFor: string | undefined

/**
 * Whom the signed-in resident acts for on the booking, sign-up and list pages (代预约): themselves
 * (''), or a family member linked to them. Reads the links once per signed-in resident.
 */
export function useActingFor() {
  const session = useResidentSession()

  async function load(force = false) {
    const me = session.resident.value?.id
    if (!me) {
      members.value = []
      chosenId.value = ''
      loadedFor = undefined
      return
    }
    if (!force && loadedFor === me) return
    loadedFor = me
    try {
      members.value = (await api.getMyFamily()).members
    } catch {
      // Only an offer: without the list the pages act for the resident themselves.
      members.value = []
    }
    if (!members.value.some((m) => m.memberResidentId === chosenId.value)) chosenId.value = ''
  }
  watch(() => session.resident.value?.id, () => load(), { immediate: true })

  const chosen = computed(() => members.value.find((m) => m.memberResidentId === chosenId.value))
  /** What the API calls take: undefined when the resident acts for themselves. */
  const forResidentId = computed(() => chosen.value?.memberResidentId)
  return { members, chosenId, chosen, forResidentId, reload: () => load(true) }
}
