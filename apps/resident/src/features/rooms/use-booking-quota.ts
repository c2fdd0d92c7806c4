import { type Ref, computed, shallowRef, watch } from 'vue'
import type { Booking, BookingQuota } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { weekOf } from '../../shared/local-time'

/**
 * How many more bookings the signed-in resident may make here, for the week of the day they are
 * looking at: read again when that week changes, after they sign in, and after each booking.
 */
export function useBookingQuota(roomId: Ref<string>, date: Ref<string>, booked: Ref<Booking | undefined>) {
  const session = useResidentSession()
  // A proxy acting for a family member sees the member's quota: theirs is what the booking uses.
  const { forResidentId } = useActingFor()
  const quota = shallowRef<BookingQuota>()
  const week = computed(() => (date.value ? weekOf(date.value) : ''))

  watch([roomId, week, () => session.resident.value?.id, booked, forResidentId], async ([room, monday, resident, , forWhom]) => {
    if (!resident || !monday) {
      quota.value = undefined
      return
    }
    try {
      quota.value = await api.getBookingQuota(room, date.value, forWhom)
    } catch {
      // Only a hint: booking itself still enforces the limits and says which one.
      quota.value = undefined
    }
  }, { immediate: true })

  return { quota, signedIn: session.signedIn }
}
