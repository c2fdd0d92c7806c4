import { ref, shallowRef } from 'vue'
import type { Booking } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { hasCode, isSignedOutError } from '../../shared/api-errors'
import { type BookingDraft, type DraftErrors, toBookingCreate, validateDraft } from './booking-draft'

/**
 * Sending the booking: the form's own checks first, then sign-in if needed (the draft stays as
 * typed), then the API. When someone else took the slot meanwhile, the day is re-read so the
 * resident sees why and can pick again without retyping.
 */
export function useBookingSubmit(roomId: string, draft: BookingDraft, capacity: () => number, onSlotTaken: () => Promise<unknown>) {
  const session = useResidentSession()
  // 代预约: a proxy books in a linked family member's name (the 为谁预约 choice).
  const { forResidentId } = useActingFor()
  const fieldErrors = ref<DraftErrors>({})
  const failure = shallowRef<unknown>()
  const sending = ref(false)
  const needSignIn = ref(false)
  const booked = shallowRef<Booking>()

  async function submit() {
    failure.value = undefined
    fieldErrors.value = validateDraft(draft, capacity())
    if (Object.keys(fieldErrors.value).length) return
    if (!session.signedIn.value) {
      needSignIn.value = true
      return
    }
    sending.value = true
    try {
      const forWhom = forResidentId.value
      booked.value = await api.createBooking(roomId, { ...toBookingCreate(draft), ...(forWhom && { forResidentId: forWhom }) })
    } catch (err) {
      if (isSignedOutError(err)) {
        session.forget()
        needSignIn.value = true
        return
      }
      // The message appears with the re-read day, so the taken time already shows as occupied.
      if (hasCode(err, 'slot_taken')) await onSlotTaken()
      failure.value = err
    } finally {
      sending.value = false
    }
  }

  return { session, fieldErrors, failure, sending, needSignIn, booked, submit }
}
