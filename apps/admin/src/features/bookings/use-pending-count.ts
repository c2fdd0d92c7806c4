import { ref } from 'vue'
import { api } from '../../api'
import { useSessionStore } from '../../stores/session.store'

// Shared by the nav badge and the bookings page, so a decision updates the badge at once.
const count = ref<number | null>(null)

/**
 * Pending requests of the signed-in staff member's own center, for the nav badge. District
 * admins have no single center, so they get no badge rather than one request per center.
 */
export function usePendingCount() {
  const session = useSessionStore()

  async function refresh() {
    const centerId = session.me?.centerId
    if (!centerId) {
      count.value = null
      return
    }
    try {
      count.value = (await api.listCenterBookings(centerId, { status: 'requested' })).items.length
    } catch {
      // The badge is only a hint; the page itself shows errors.
    }
  }

  /** The bookings page read the pending list anyway: take its length when it is the own center. */
  function report(centerId: string, pending: number) {
    if (centerId === session.me?.centerId) count.value = pending
  }

  return { count, refresh, report }
}
