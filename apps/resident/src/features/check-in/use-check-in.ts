import { type Ref, ref, shallowRef, watch } from 'vue'
import type { Booking, BookingPolicy } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { hasCode, isSignedOutError } from '../../shared/api-errors'
import { nowIn } from '../../shared/local-time'
import { useRoomDetails } from '../../shared/use-room-details'
import { useCheckInProof } from './use-check-in-proof'
import { roomPolicy } from '../../shared/room-policy'

export type CheckInResult =
  | { kind: 'done'; booking: Booking }
  | { kind: 'already'; booking: Booking | undefined }
  | { kind: 'none' }
  | { kind: 'failed'; error: unknown }

/** The resident's booking in this room that they already checked into and that is still on. */
async function checkedInHere(roomId: string, forResidentId?: string): Promise<Booking | undefined> {
  const { items } = await api.listMyBookings(forResidentId)
  const now = Date.now()
  return items.find((b) => b.roomId === roomId && b.status === 'checked_in' && Date.parse(b.endsAt) > now)
}

/**
 * Checking in at a room's door. The API finds the resident's booking open for check-in itself;
 * 404 means there is none now, which the page explains with the room's own window. Someone who
 * scans the code again is told they are checked in (and since when) instead of being offered 签到.
 */
export function useCheckIn(roomId: Ref<string>) {
  const session = useResidentSession()
  // A proxy checks in a linked family member who is with them (为谁签到): the member's booking here.
  const { forResidentId } = useActingFor()
  const details = useRoomDetails(roomId)
  const policy = shallowRef<BookingPolicy>()
  const working = ref(false)
  const result = shallowRef<CheckInResult>()
  const looked = ref(false)

  // The window (minutes before and after the start) is the room's policy, sent with its availability.
  watch(details.data, async (data) => {
    if (!data) return
    policy.value = await roomPolicy(data.room.id, nowIn(data.center.timeZone).slice(0, 10))
  })

  watch([roomId, () => session.resident.value?.id, forResidentId], async ([room, resident, forWhom]) => {
    if (result.value?.kind !== 'done') result.value = undefined
    looked.value = false
    if (!resident) return
    try {
      const booking = await checkedInHere(room, forWhom)
      if (booking && !result.value) result.value = { kind: 'already', booking }
    } catch {
      // Only a hint: pressing 签到 gets the same answer from the API.
    } finally {
      looked.value = true
    }
  }, { immediate: true })

  // The door screen's code from the link, or the desk's code of the day typed in.
  const proof = useCheckInProof()

  async function checkIn() {
    const token = proof.proof()
    if (token === undefined) return
    working.value = true
    try {
      result.value = { kind: 'done', booking: await api.checkInRoom(roomId.value, token, forResidentId.value) }
    } catch (err) {
      proof.refused(err)
      if (isSignedOutError(err)) session.forget()
      else if (hasCode(err, 'already_checked_in')) result.value = { kind: 'already', booking: await checkedInHere(roomId.value, forResidentId.value).catch(() => undefined) }
      else if ((err as { statusCode?: number }).statusCode === 404) result.value = { kind: 'none' }
      else result.value = { kind: 'failed', error: err }
    } finally {
      working.value = false
    }
  }

  return { details, policy, working, result, looked, checkIn, proof }
}
