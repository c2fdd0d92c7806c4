import { computed, ref, shallowRef } from 'vue'
import type { CalendarFeed } from '@linli/contracts'
import { useLoad } from '../../shell/use-load'
import { feedLinks } from './calendar-feed-link'
import { getCalendarFeed, rotateCalendarFeed, turnOnCalendarFeed } from './calendar-feed-api'
import { useResidentSession } from '../../shared/use-resident-session'

/** The resident's calendar subscription link: turning it on, copying it, replacing it. */
export function useCalendarFeed() {
  const session = useResidentSession()
  const load = useLoad(async () => (session.resident.value ? (await getCalendarFeed()).feed : null), () => session.resident.value?.id)
  const changed = shallowRef<CalendarFeed | null>()
  const feed = computed(() => (changed.value !== undefined ? changed.value : load.data.value ?? null))
  const links = computed(() => (feed.value ? feedLinks(window.location.origin, feed.value.path) : undefined))
  const working = ref(false)
  const failure = shallowRef<unknown>()
  const copied = ref(false)

  async function run(action: () => Promise<CalendarFeed>) {
    working.value = true
    failure.value = undefined
    copied.value = false
    try {
      changed.value = await action()
      return true
    } catch (err) {
      failure.value = err
      return false
    } finally {
      working.value = false
    }
  }

  /** Copies the link; where the browser refuses (a plain-http demo), the page selects it for the resident instead. */
  async function copy() {
    if (!links.value) return false
    try {
      await navigator.clipboard.writeText(links.value.url)
      copied.value = true
    } catch {
      copied.value = false
    }
    return copied.value
  }

  return {
    status: load.status, error: load.error, reload: load.reload, feed, links, working, failure, copied, copy,
    turnOn: () => run(turnOnCalendarFeed),
    rotate: () => run(rotateCalendarFeed),
  }
}
