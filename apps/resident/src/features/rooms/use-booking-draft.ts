import { reactive, watch } from 'vue'
import { type BookingDraft, emptyDraft, parseDraft } from './booking-draft'

const keyFor = (roomId: string) => `linli.m.draft.${roomId}`

/**
 * The booking being put together for one room, kept in sessionStorage: signing in, a look at
 * "my bookings" or a reload on a flaky connection must not lose what the resident typed.
 */
export function useBookingDraft(roomId: string) {
  let stored: BookingDraft | null = null
  try {
    stored = parseDraft(sessionStorage.getItem(keyFor(roomId)))
  } catch {
    // Storage can be off (private mode); the draft then lives only as long as the page.
  }
  const draft = reactive<BookingDraft>(stored ?? emptyDraft())

  watch(draft, (value) => {
    try {
      sessionStorage.setItem(keyFor(roomId), JSON.stringify(value))
    } catch {
      // See above.
    }
  }, { deep: true })

  /** After a booking went through: start clean, keeping who it is for and their organisation. */
  function reset() {
    Object.assign(draft, { ...emptyDraft(), date: draft.date, organisationId: draft.organisationId, publishOrganisation: draft.publishOrganisation })
  }

  return { draft, reset }
}
