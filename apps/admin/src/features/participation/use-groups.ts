import { ref } from 'vue'
import type { GroupMember, ResidentGroup } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { useCenterList } from '../../composables/use-center-list'
import { listGroupMembers, listGroups } from './participation-api'

/** A center's target groups. */
export const useGroups = () => useCenterList<ResidentGroup, void>((centerId) => listGroups(centerId))

/** One group's members; switching groups quickly never shows the wrong group's people. */
export function useGroupMembers() {
  const members = ref<GroupMember[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message } = useApiError()
  let latest = 0

  async function load(groupId: string | undefined): Promise<GroupMember[]> {
    const call = ++latest
    error.value = ''
    if (!groupId) return (members.value = [])
    loading.value = true
    try {
      const { items } = await listGroupMembers(groupId)
      if (call === latest) members.value = items
      return items
    } catch (err) {
      if (call === latest) {
        members.value = []
        error.value = message(err)
      }
      return []
    } finally {
      if (call === latest) loading.value = false
    }
  }

  return { members, loading, error, load }
}
