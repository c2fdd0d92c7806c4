import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import type { MyVolunteering, MyVolunteeringUpdate, Registration } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { isSignedOutError } from '../../shared/api-errors'
import { useLoad } from '../../shell/use-load'
import { splitRegistrations } from './registration-state'
import { DEFAULT_RULES, type ParticipationRules, centerRules } from '../../shared/activity-rules'

/** The countdown to an offer's expiry is in minutes; a tick every 15 s keeps it honest. */
const TICK_MS = 15_000

/**
 * The resident's registrations (offers first), confirming an offered seat, cancelling with the
 * center's late-cancellation rule, and their volunteering if they volunteer.
 */
export function useMyRegistrations() {
  const session = useResidentSession()
  // A proxy may show a linked family member's sign-ups instead (看谁的记录).
  const { forResidentId } = useActingFor()
  const now = ref(new Date())
  const timer = setInterval(() => (now.value = new Date()), TICK_MS)
  onBeforeUnmount(() => clearInterval(timer))

  const list = useLoad(async () => {
    if (!session.resident.value) return { registrations: [] as Registration[], volunteering: undefined as MyVolunteering | undefined }
    // Volunteering is a side panel: the page still works when it cannot be read.
    const forWhom = forResidentId.value
    const [registrations, volunteering] = await Promise.all([
      api.listMyRegistrations(forWhom), forWhom ? Promise.resolve(undefined) : api.getMyVolunteering().catch(() => undefined),
    ])
    now.value = new Date()
    return { registrations: registrations.items, volunteering }
  }, () => `${session.resident.value?.id ?? ''}:${forResidentId.value ?? ''}`)
  watch(list.error, (err) => {
    if (isSignedOutError(err)) session.forget()
  })
  const groups = computed(() => splitRegistrations(list.data.value?.registrations ?? [], now.value))

  // Each center's rules word the check-in link and the late-cancellation warning; most residents use one center.
  const rulesByCenter = ref(new Map<string, ParticipationRules>())
  watch(list.data, async (data) => {
    for (const centerId of new Set((data?.registrations ?? []).map((r) => r.centerId))) {
      if (rulesByCenter.value.has(centerId)) continue
      const read = await centerRules(centerId)
      rulesByCenter.value = new Map(rulesByCenter.value).set(centerId, read)
    }
  })
  const rulesFor = (centerId: string) => rulesByCenter.value.get(centerId) ?? DEFAULT_RULES
  const volunteering = computed(() => list.data.value?.volunteering)

  /** The registration whose confirmation is being sent, and what came of the last one. */
  const confirming = ref<string>()
  const notice = shallowRef<{ kind: 'ok' | 'error'; text?: string; error?: unknown }>()

  async function confirm(r: Registration) {
    confirming.value = r.id
    notice.value = undefined
    try {
      await api.confirmRegistration(r.id)
      notice.value = { kind: 'ok', text: 'participation.mine.confirmed' }
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
      notice.value = { kind: 'error', error: err }
    } finally {
      confirming.value = undefined
      await list.reload()
    }
  }

  const cancelling = shallowRef<Registration>()
  const rules = shallowRef<ParticipationRules>(DEFAULT_RULES)

  /** Opens the confirmation; the center's own deadline decides whether to warn. */
  async function askCancel(r: Registration) {
    cancelling.value = r
    rules.value = DEFAULT_RULES
    const read = await centerRules(r.centerId)
    if (cancelling.value?.id === r.id) rules.value = read
  }

  async function cancel(): Promise<Registration> {
    const r = cancelling.value
    if (!r) throw new Error('Nothing to cancel')
    const done = await api.cancelRegistration(r.id)
    cancelling.value = undefined
    notice.value = { kind: 'ok', text: done.lateCancellation ? 'participation.mine.cancelledLate' : 'participation.mine.cancelled' }
    await list.reload()
    return done
  }

  /** The membership whose leaderboard choice is being saved. */
  const savingVolunteering = ref<string>()

  async function saveVolunteering(memberId: string, body: MyVolunteeringUpdate) {
    savingVolunteering.value = memberId
    notice.value = undefined
    try {
      await api.updateMyVolunteering(memberId, body)
      notice.value = { kind: 'ok', text: body.leaderboardConsent ? 'participation.volunteering.savedOn' : 'participation.volunteering.savedOff' }
      await list.reload()
    } catch (err) {
      // No reload on a refusal: the form keeps what the resident typed, to correct it.
      if (isSignedOutError(err)) session.forget()
      notice.value = { kind: 'error', error: err }
    } finally {
      savingVolunteering.value = undefined
    }
  }

  return {
    ...list, session, now, groups, rulesFor, volunteering, confirming, notice, confirm, cancelling, rules, askCancel, cancel,
    savingVolunteering, saveVolunteering,
  }
}
