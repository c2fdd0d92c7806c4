import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { Screen } from '@linli/contracts'
import { ApiError } from '@linli/api-client'
import { useApiError } from '../../composables/use-api-error'
import { listScreens } from './screens-api'

/** How often the list is re-read while the page is open, for the online status and "last seen". */
export const POLL_MS = 30_000
/** A screen just paired connects within seconds: the list is re-read this often until it has, for two minutes at most. */
export const FIRST_CONTACT_MS = 2_000
const FIRST_CONTACT_FOR_MS = 120_000

/**
 * The screens of the chosen center, re-read every 30 s. A background poll that fails keeps the
 * last list and only says so in `error`; a load the user asked for also shows a message.
 */
export function useScreens(centerId: Ref<string | undefined>) {
  const screens = ref<Screen[]>([])
  const loading = ref(false)
  const error = ref('')
  /** When the list was last read; "last seen" is relative to this, so it ticks with each poll. */
  const now = ref(Date.now())
  const { message, notify } = useApiError()
  let latest = 0

  async function load(options: { quiet?: boolean } = {}) {
    const call = ++latest
    const id = centerId.value
    if (!id) {
      screens.value = []
      return
    }
    if (!options.quiet) loading.value = true
    try {
      const { items } = await listScreens(id)
      if (call !== latest) return
      screens.value = items
      error.value = ''
    } catch (err) {
      if (call !== latest) return
      error.value = message(err)
      // A background poll stays silent unless the session ended, which must lead back to sign-in.
      if (!options.quiet || (err instanceof ApiError && err.statusCode === 401)) notify(err)
    } finally {
      now.value = Date.now()
      if (call === latest) loading.value = false
    }
  }

  watch(centerId, () => {
    screens.value = []
    error.value = ''
    void load()
  }, { immediate: true })

  const timer = setInterval(() => {
    // A hidden tab need not poll; the next visible tick catches up.
    if (typeof document === 'undefined' || !document.hidden) void load({ quiet: true })
  }, POLL_MS)
  let contactTimer: ReturnType<typeof setTimeout> | undefined
  onScopeDispose(() => {
    clearInterval(timer)
    clearTimeout(contactTimer)
    latest++
  })

  /** Re-reads soon and often until this screen has been seen, so it shows online without waiting for the next poll. */
  function awaitFirstContact(screenId: string) {
    const until = Date.now() + FIRST_CONTACT_FOR_MS
    const check = async () => {
      await load({ quiet: true })
      const screen = screens.value.find((s) => s.id === screenId)
      if (screen && !screen.lastSeenAt && Date.now() < until) contactTimer = setTimeout(() => void check(), FIRST_CONTACT_MS)
    }
    clearTimeout(contactTimer)
    contactTimer = setTimeout(() => void check(), FIRST_CONTACT_MS)
  }

  function upsert(screen: Screen) {
    const i = screens.value.findIndex((s) => s.id === screen.id)
    if (screen.centerId !== centerId.value) screens.value = screens.value.filter((s) => s.id !== screen.id)
    else if (i >= 0) screens.value.splice(i, 1, screen)
    else screens.value.push(screen)
    if (screen.centerId === centerId.value && !screen.lastSeenAt) awaitFirstContact(screen.id)
  }

  function drop(screenId: string) {
    screens.value = screens.value.filter((s) => s.id !== screenId)
  }

  return { screens, loading, error, now, load, upsert, drop }
}
