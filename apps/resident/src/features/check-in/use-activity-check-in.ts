import { type Ref, computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import type { CheckIn, Registration, ScheduleItem } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { hasCode, isSignedOutError } from '../../shared/api-errors'
import { addDays } from '../../shared/local-time'
import { useLoad } from '../../shell/use-load'
import { type CheckInPhase, checkInPhase } from './check-in-phase'
import { useCheckInProof } from './use-check-in-proof'
import { type ParticipationRules, centerRules, checkInWindowOf } from '../../shared/activity-rules'

export type CheckInOutcome =
  | { kind: 'done'; checkIn: CheckIn }
  | { kind: 'already' }
  | { kind: 'early' }
  | { kind: 'closed' }
  | { kind: 'called-off' }
  | { kind: 'failed'; error: unknown }

/** The occurrence as the public schedule has it: today's, or the days either side near midnight. */
async function findOccurrence(centerId: string, occurrenceId: string): Promise<ScheduleItem | undefined> {
  const today = await api.getSchedule(centerId)
  const hit = today.items.find((i) => i.id === occurrenceId)
  if (hit) return hit
  const around = await api.getSchedule(centerId, { from: addDays(today.from, -1), to: addDays(today.to, 1) })
  return around.items.find((i) => i.id === occurrenceId)
}

/**
 * Checking in to an activity from the code on a lobby screen or door panel. The code carries the
 * center (`?c=`), so the page names the activity and explains its window before anyone signs in;
 * without it the page still checks in, and the API's answer names the activity.
 */
export function useActivityCheckIn(occurrenceId: Ref<string>, centerId: Ref<string | undefined>) {
  const session = useResidentSession()
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), 15_000)
  onBeforeUnmount(() => clearInterval(timer))

  const details = useLoad(async () => {
    const center = centerId.value
    if (!center) return { item: undefined, rules: undefined as ParticipationRules | undefined, centerName: undefined as string | undefined, timeZone: undefined as string | undefined }
    const [item, rules, info] = await Promise.all([findOccurrence(center, occurrenceId.value), centerRules(center), api.getCenter(center)])
    return { item, rules, centerName: info.name, timeZone: info.timeZone }
  }, () => `${occurrenceId.value}|${centerId.value ?? ''}`)

  // Someone who checked in already and scans again is told so at once.
  // A proxy checks in a linked family member who came with them (为谁签到).
  const { forResidentId } = useActingFor()
  const mine = shallowRef<Registration>()
  const looked = ref(false)
  async function findMine() {
    try {
      mine.value = (await api.listMyRegistrations(forResidentId.value)).items.find((r) => r.occurrenceId === occurrenceId.value && r.checkedInAt)
    } catch {
      // Only a hint: the check-in answers 409 anyway.
    }
  }
  watch([() => session.resident.value?.id, forResidentId], async ([id]) => {
    mine.value = undefined
    looked.value = false
    if (id) await findMine()
    looked.value = true
  }, { immediate: true })

  const phase = computed<CheckInPhase | undefined>(() => {
    const d = details.data.value
    return d?.item && d.rules ? checkInPhase(d.item, now.value, checkInWindowOf(d.rules)) : undefined
  })

  const working = ref(false)
  const outcome = shallowRef<CheckInOutcome>()
  // Another person chosen: an answer about the one before no longer applies.
  watch(forResidentId, () => {
    if (outcome.value?.kind !== 'done') outcome.value = undefined
  })

  // The screen's code from the link, or the desk's code of the day typed in.
  const proof = useCheckInProof()

  async function checkIn() {
    const token = proof.proof()
    if (token === undefined) return
    working.value = true
    try {
      outcome.value = { kind: 'done', checkIn: await api.checkInOccurrence(occurrenceId.value, token, forResidentId.value) }
    } catch (err) {
      proof.refused(err)
      if (isSignedOutError(err)) session.forget()
      else if (hasCode(err, 'already_checked_in')) {
        outcome.value = { kind: 'already' }
        await findMine()
      }
      else if (hasCode(err, 'check_in_not_open')) outcome.value = { kind: 'early' }
      else if (hasCode(err, 'check_in_closed')) outcome.value = { kind: 'closed' }
      else if (hasCode(err, 'occurrence_cancelled')) outcome.value = { kind: 'called-off' }
      else outcome.value = { kind: 'failed', error: err }
    } finally {
      working.value = false
    }
  }

  return { session, details, mine, looked, phase, working, outcome, checkIn, proof }
}
