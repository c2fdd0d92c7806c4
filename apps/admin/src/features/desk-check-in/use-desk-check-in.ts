import { ref, shallowRef } from 'vue'
import type { Booking } from '@linli/contracts'
import { api } from '../../api'
import { useApiError } from '../../composables/use-api-error'
import { cleanBookingCode } from './booking-code'

export type DeskCheckInResult = { kind: 'done'; booking: Booking } | { kind: 'failed'; message: string }

/**
 * 核销 at the desk: the code typed or scanned is checked in at the center chosen. Each answer,
 * a checked-in booking or why not in words, stays on screen until the next code.
 */
export function useDeskCheckIn(centerId: () => string | undefined, changed: () => void) {
  const { message } = useApiError()
  const busy = ref(false)
  const result = shallowRef<DeskCheckInResult>()

  async function checkIn(typed: string) {
    const id = centerId()
    if (!id || busy.value) return false
    busy.value = true
    try {
      result.value = { kind: 'done', booking: await api.checkInByBookingCode(id, cleanBookingCode(typed)) }
      changed()
      return true
    } catch (err) {
      result.value = { kind: 'failed', message: message(err) }
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, result, checkIn, clear: () => (result.value = undefined) }
}
