import { ref } from 'vue'
import type { Booking } from '@linli/contracts'
import { api } from '../../api'
import { useSessionStore } from '../../stores/session.store'
import { pendingSummary } from './pending-expiry'

// Shared by the nav badge and the bookings page, so a decision updates the badge at once.
const count = ref<number | null>(null)
/** Of those, the requests that lapse soon unless someone decides. */
const expiring = ref(0)

/**
 * Pending requests of the signed-in staff member's own center, for the nav badge. District
 * admins have no single center, so they get no badge rather than one request per center.
 */
export function usePendingCount() {
  const session = useSessionStore()

  function take(items: Pick<Booking, 'status' | 'startsAt'>[]) {
    const summary = pendingSummary(items)
    count.value = summary.count
    expiring.value = summary.expiring
  }

  async function refresh() {
    const centerId = session.me?.centerId
    if (!centerId) {
      count.value = null
      expiring.value = 0
      return
    }
    try {
      take((await api.listCenterBookings(centerId, { status: 'requested' })).items)
    } catch {
      // The badge is only a hint; the page itself shows errors.
    }
  }

  /** The bookings page read the pending list anyway: take it when it is the own center. */
  function report(centerId: string, pending: Pick<Booking, 'status' | 'startsAt'>[]) {
    if (centerId === session.me?.centerId) take(pending)
  }

  return { count, expiring, refresh, report }
}
