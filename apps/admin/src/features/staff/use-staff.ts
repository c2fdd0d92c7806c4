import { ref } from 'vue'
import type { StaffMember } from '@linli/contracts'
import { useApiError } from '../../composables/use-api-error'
import { listStaff } from './staff-api'

const byRoleThenName: Record<StaffMember['role'], number> = { district_admin: 0, center_manager: 1, center_staff: 2 }

/** The staff in the viewer's scope, with loading and error state; the audit filter uses it too. */
export function useStaff(options: { quiet?: boolean } = {}) {
  const staff = ref<StaffMember[]>([])
  const loading = ref(false)
  const error = ref('')
  const { message, notify } = useApiError()

  async function load() {
    loading.value = true
    error.value = ''
    try {
      const { items } = await listStaff()
      staff.value = [...items].sort((a, b) =>
        byRoleThenName[a.role] - byRoleThenName[b.role] || a.scopeName.localeCompare(b.scopeName, 'zh-CN') || a.username.localeCompare(b.username))
    } catch (err) {
      error.value = message(err)
      if (!options.quiet) notify(err)
    } finally {
      loading.value = false
    }
  }

  /** Puts a saved person into the list without reloading it. */
  function upsert(member: StaffMember) {
    const i = staff.value.findIndex((s) => s.id === member.id)
    if (i >= 0) staff.value.splice(i, 1, member)
    else staff.value.push(member)
  }

  return { staff, loading, error, load, upsert }
}
