import { ref } from 'vue'
import { useSessionStore } from '../../stores/session.store'
import { listCenterProposals } from './proposals-api'

// Shared by the nav badge and the queue, so a decision on the page shows in the menu at once.
const count = ref(0)

/**
 * Proposals waiting for the signed-in staff member's own center (居民提议's badge). District
 * admins have no single center, so they get no badge, as with 预约审批.
 */
export function useWaitingProposals() {
  const session = useSessionStore()

  async function refresh() {
    const centerId = session.me?.centerId
    if (!centerId) return void (count.value = 0)
    try {
      count.value = (await listCenterProposals(centerId, { state: 'submitted' })).items.length
    } catch {
      // The badge is only a hint; the page itself shows errors.
    }
  }

  return { count, refresh }
}
