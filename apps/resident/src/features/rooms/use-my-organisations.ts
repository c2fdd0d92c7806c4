import { type Ref, shallowRef, watch } from 'vue'
import type { MyOrganisation } from '@linli/contracts'
import { api } from '../../api'

/**
 * The signed-in resident's organisations that the center serves: the booking form offers these
 * instead of a free-text name, as only a member may book for an organisation.
 */
export function useMyOrganisations(centerId: () => string, signedIn: Ref<boolean>) {
  const organisations = shallowRef<MyOrganisation[]>([])
  watch([centerId, signedIn], async ([id, yes]) => {
    organisations.value = []
    if (!yes) return
    try {
      organisations.value = (await api.listMyOrganisations(id)).items
    } catch {
      organisations.value = []
    }
  }, { immediate: true })
  return organisations
}
