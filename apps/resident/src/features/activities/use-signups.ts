import { type Ref, computed, ref, shallowRef, watch } from 'vue'
import type { Registration, SignupItem } from '@linli/contracts'
import { api } from '../../api'
import { useResidentSession } from '../../shared/use-resident-session'
import { useActingFor } from '../../shared/family/use-acting-for'
import { isSignedOutError } from '../../shared/api-errors'
import { rememberCenter } from '../../shared/last-center'
import { nowIn } from '../../shared/local-time'
import { useLoad } from '../../shell/use-load'
import { isLive } from './registration-state'
import { keepRules, rulesOf } from '../../shared/activity-rules'
import { signupDays } from './signup-days'

/**
 * A center's sign-up page: the listing by day, the resident's own live registrations beside each
 * occurrence, and signing up (sign-in first when needed; the chosen occurrence waits meanwhile).
 */
export function useSignups(centerId: Ref<string>) {
  const session = useResidentSession()
  const listing = useLoad(async () => {
    const [center, signups] = await Promise.all([api.getCenter(centerId.value), api.listSignups(centerId.value)])
    keepRules(centerId.value, signups)
    return { center, signups }
  }, centerId)
  watch(listing.data, (data) => {
    if (data) rememberCenter(data.center.id)
  })

  // 为谁报名: a proxy signs a linked family member up; the page then shows the member's sign-ups.
  const { forResidentId } = useActingFor()
  const mine = shallowRef<Registration[]>([])
  async function readMine() {
    if (!session.resident.value) {
      mine.value = []
      return
    }
    try {
      mine.value = (await api.listMyRegistrations(forResidentId.value)).items
    } catch (err) {
      if (isSignedOutError(err)) session.forget()
    }
  }
  watch([() => session.resident.value?.id, forResidentId], readMine, { immediate: true })

  /** The resident's live registration per occurrence, to show instead of a sign-up button. */
  const mineByOccurrence = computed(() => new Map(mine.value.filter(isLive).map((r) => [r.occurrenceId, r])))
  const today = computed(() => (listing.data.value ? nowIn(listing.data.value.center.timeZone).slice(0, 10) : ''))
  const days = computed(() => signupDays(listing.data.value?.signups.items ?? [], today.value))
  const rules = computed(() => rulesOf(listing.data.value?.signups))

  /** The occurrence being signed up for: the dialog shows while it is set. */
  const chosen = shallowRef<SignupItem>()
  const needSignIn = ref(false)
  const sending = ref(false)
  const failure = shallowRef<unknown>()
  const result = shallowRef<Registration[]>()

  function choose(item: SignupItem) {
    failure.value = undefined
    result.value = undefined
    chosen.value = item
    needSignIn.value = !session.signedIn.value
  }

  async function signUp(wholeSeries: boolean) {
    const item = chosen.value
    if (!item) return
    if (!session.signedIn.value) {
      needSignIn.value = true
      return
    }
    sending.value = true
    failure.value = undefined
    try {
      const forWhom = forResidentId.value
      result.value = (await api.createRegistration(item.id, { ...(wholeSeries && { wholeSeries: true }), ...(forWhom && { forResidentId: forWhom }) })).items
    } catch (err) {
      if (isSignedOutError(err)) {
        session.forget()
        needSignIn.value = true
      } else failure.value = err
    } finally {
      sending.value = false
    }
    // Seats and the resident's own list changed either way (a refusal may mean someone was quicker).
    await Promise.all([listing.reload(), readMine()])
  }

  function close() {
    chosen.value = undefined
    needSignIn.value = false
  }

  /** The sign-in sheet closed: dismissed before signing in drops the choice; after, the dialog goes on. */
  function closeSignIn() {
    if (needSignIn.value) close()
  }

  return { ...listing, session, days, today, rules, mineByOccurrence, chosen, needSignIn, sending, failure, result, choose, signUp, close, closeSignIn, readMine }
}
