import { computed, ref, shallowRef, watch } from 'vue'
import { roomPolicy } from '../../shared/room-policy'
import { type Booking, DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import { api } from '../../api'
import { isSignedOutError } from '../../shared/api-errors'
import { useLoad } from '../../shell/use-load'
import { splitBookings } from './booking-status'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'

/** The resident's bookings split into upcoming and past, and cancelling one of them. */
export function useMyBookings() {
  const session = useResidentSession()
  // A proxy may show a linked family member's bookings instead (看谁的记录), and cancel them.
  const { forResidentId } = useActingFor()
  const now = ref(new Date())
  const list = useLoad(async () => {
    // Signed out: nothing to ask for; the page sends the visitor to sign in meanwhile.
    if (!session.resident.value) return []
    const { items } = await api.listMyBookings(forResidentId.value)
    now.value = new Date()
    return items
  }, () => `${session.resident.value?.id ?? ''}:${forResidentId.value ?? ''}`)
  watch(list.error, (err) => {
    if (isSignedOutError(err)) session.forget()
  })
  const groups = computed(() => splitBookings(list.data.value ?? [], now.value))

  const cancelling = shallowRef<Booking>()
  const deadline = ref(DEFAULT_BOOKING_POLICY.cancelDeadlineMinutes)

  /** Opens the confirmation; the room's own cancellation deadline decides whether to warn. */
  async function askCancel(booking: Booking) {
    cancelling.value = booking
    deadline.value = DEFAULT_BOOKING_POLICY.cancelDeadlineMinutes
    // Unread, the default deadline is a fair warning; the API decides what counts as late anyway.
    const policy = await roomPolicy(booking.roomId, booking.startsAt.slice(0, 10))
    if (policy && cancelling.value?.id === booking.id) deadline.value = policy.cancelDeadlineMinutes
  }

  async function cancel(): Promise<Booking> {
    const booking = cancelling.value
    if (!booking) throw new Error('Nothing to cancel')
    const result = await api.cancelBooking(booking.id)
    cancelling.value = undefined
    await list.reload()
    return result
  }

  return { ...list, groups, now, cancelling, deadline, askCancel, cancel, session }
}
