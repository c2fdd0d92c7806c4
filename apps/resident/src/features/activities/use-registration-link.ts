import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Registration } from '@linli/contracts'
import { queryId } from '../../shell/linked-item'
import { useLinkedItem } from '../../shell/use-linked-item'
import { type ConfirmLinkState, confirmLinkState } from './confirm-link'
import type { useMyRegistrations } from './use-my-registrations'

/**
 * A notification's link into "my registrations": `?registration=<id>` shows that registration;
 * `?confirm=<id>` also asks, in one tap, to confirm the seat held for it (or says why not any more).
 */
export function useRegistrationLink(mine: ReturnType<typeof useMyRegistrations>, signedIn: () => boolean) {
  const route = useRoute()
  const router = useRouter()
  const confirmId = computed(() => queryId(route.query.confirm))
  const linkedId = computed(() => confirmId.value ?? queryId(route.query.registration))
  const ready = () => signedIn() && mine.status.value === 'ready'
  const { tab, missing } = useLinkedItem(() => linkedId.value, () => mine.groups.value, ready)

  /** The registration whose offer the dialog asks about. */
  const offering = shallowRef<Registration>()
  const state = ref<Exclude<ConfirmLinkState, 'offer'>>()
  let askedFor: string | undefined

  watch([confirmId, ready], ([id, isReady]) => {
    if (!id || !isReady || id === askedFor) return
    askedFor = id
    const r = mine.data.value?.registrations.find((x) => x.id === id)
    const found = confirmLinkState(r, mine.now.value)
    if (found === 'offer') offering.value = r
    else state.value = found
  }, { immediate: true, flush: 'post' })

  /** What the page says about the link, as a message key (nothing while the dialog asks). */
  const linkNotice = computed(() => {
    if (state.value) return `participation.link.${state.value}`
    return missing.value ? 'participation.link.missing' : undefined
  })

  /** Done asking: the address keeps pointing at the registration, so a reload does not ask again. */
  function settle() {
    offering.value = undefined
    const id = confirmId.value
    if (id) void router.replace({ query: { ...route.query, confirm: undefined, registration: id } })
  }

  async function confirmOffer() {
    const r = offering.value
    if (!r) return
    await mine.confirm(r)
    settle()
  }

  return { tab, linkedId, offering, linkNotice, settle, confirmOffer }
}
