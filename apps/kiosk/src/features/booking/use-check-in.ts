import { type Ref, ref, shallowRef, watch } from 'vue'
import type { Booking, BookingPolicy } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../account/use-resident-session'
import { isSignedOutError } from './api-errors'
import { nowIn } from './local-time'
import { useRoomDetails } from './use-room-details'

export type CheckInResult = { kind: 'done'; booking: Booking } | { kind: 'none' } | { kind: 'failed'; error: unknown }

/**
 * Checking in at a room's door. The API finds the resident's booking open for check-in itself;
 * 404 means there is none now, which the page explains with the room's own window.
 */
export function useCheckIn(roomId: Ref<string>) {
  const session = useResidentSession()
  const details = useRoomDetails(roomId)
  const policy = shallowRef<BookingPolicy>()
  const working = ref(false)
  const result = shallowRef<CheckInResult>()

  // The window (minutes before and after the start) is the room's policy, sent with its availability.
  watch(details.data, async (data) => {
    if (!data) return
    try {
      const { items } = await api.getRoomAvailability(data.room.id, nowIn(data.center.timeZone).slice(0, 10), 1)
      policy.value = items[0]?.policy
    } catch {
      policy.value = undefined
    }
  })

  async function checkIn() {
    working.value = true
    try {
      result.value = { kind: 'done', booking: await api.checkInRoom(roomId.value) }
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      else if ((err as { statusCode?: number }).statusCode === 404) result.value = { kind: 'none' }
      else result.value = { kind: 'failed', error: err }
    } finally {
      working.value = false
    }
  }

  return { details, policy, working, result, checkIn }
}
