import { type Ref, onBeforeUnmount, ref, watch } from 'vue'
import { DEFAULT_BOOKING_POLICY } from '@linli/contracts'
import type { CheckInWindow } from '@linli/web-shared'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { hasCode, isSignedOutError } from '../../shared/api-errors'
import { centerRules, checkInWindowOf } from '../../shared/activity-rules'
import { addDays, nowIn } from '../../shared/local-time'
import { useLoad } from '../../shell/use-load'
import { roomPolicy } from '../../shared/room-policy'
import { type CenterCheckInItem, checkInCandidates, dueNow } from './center-check-in'
import { useCheckInProof } from './use-check-in-proof'

export type ItemOutcome =
  | { kind: 'done'; at: string }
  | { kind: 'early' }
  | { kind: 'closed' }
  | { kind: 'none' }
  | { kind: 'failed'; error: unknown }

/** A room's check-in window from its booking policy (sent with its availability), or the defaults. */
async function roomWindow(roomId: string, today: string): Promise<CheckInWindow> {
  const p = (await roomPolicy(roomId, today)) ?? DEFAULT_BOOKING_POLICY
  return { opensMinutes: p.checkInOpensMinutes, closesMinutes: p.noShowAfterMinutes }
}

/**
 * The lobby's 到馆签到 code: one code for the whole center, so the page lists what the resident (or
 * the family member they act for) has there today and checks each in with it, through the same
 * room and activity check-ins as the door and activity codes.
 */
export function useCenterCheckIn(centerId: Ref<string>) {
  const session = useResidentSession()
  const { forResidentId } = useActingFor()
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 15_000)
  onBeforeUnmount(() => clearInterval(timer))

  const list = useLoad(async () => {
    // Signed out: the page is sending the resident to 登录 and reads again once they are back.
    if (!session.resident.value) return undefined
    const center = await api.getCenter(centerId.value)
    const today = nowIn(center.timeZone).slice(0, 10)
    const [bookings, registrations] = await Promise.all([api.listMyBookings(forResidentId.value), api.listMyRegistrations(forResidentId.value)])
    const candidates = checkInCandidates(bookings.items, registrations.items, center.id, [today, addDays(today, 1)])
    const activityWindow = checkInWindowOf(await centerRules(center.id))
    const roomIds = [...new Set(candidates.filter((i) => i.kind === 'booking').map((i) => i.placeId))]
    const roomWindows = new Map(await Promise.all(roomIds.map(async (id) => [id, await roomWindow(id, today)] as const)))
    const windowOf = (item: CenterCheckInItem) => (item.kind === 'booking' ? roomWindows.get(item.placeId) : undefined) ?? activityWindow
    const items = candidates.filter((i) => dueNow(i, today, Date.now(), windowOf(i)))
    return { center, items, windowOf }
  }, () => (session.resident.value ? `${centerId.value}|${session.resident.value.id}|${forResidentId.value ?? ''}` : undefined))

  const outcomes = ref<Record<string, ItemOutcome>>({})
  const working = ref<string>()
  // Another person chosen: answers about the one before no longer apply.
  watch(forResidentId, () => (outcomes.value = {}))

  // The lobby's code from the link, or the desk's code of the day once the code was refused.
  const proof = useCheckInProof()

  async function checkIn(item: CenterCheckInItem) {
    const token = proof.proof()
    if (token === undefined) return
    working.value = item.key
    const set = (o: ItemOutcome) => (outcomes.value = { ...outcomes.value, [item.key]: o })
    try {
      const at = item.kind === 'booking'
        ? (await api.checkInRoom(item.placeId, token, forResidentId.value)).checkedInAt
        : (await api.checkInOccurrence(item.placeId, token, forResidentId.value)).checkedInAt
      set({ kind: 'done', at: at ?? new Date().toISOString() })
    } catch (err) {
      proof.refused(err)
      if (isSignedOutError(err)) session.forget()
      else if (hasCode(err, 'already_checked_in')) await list.reload()
      else if (hasCode(err, 'check_in_not_open')) set({ kind: 'early' })
      else if (hasCode(err, 'check_in_closed')) set({ kind: 'closed' })
      // A room answers 404 when none of the resident's bookings there is open for check-in now.
      else if ((err as { statusCode?: number }).statusCode === 404) set({ kind: 'none' })
      else set({ kind: 'failed', error: err })
    } finally {
      working.value = undefined
    }
  }

  return { session, list, now, outcomes, working, checkIn, proof }
}
