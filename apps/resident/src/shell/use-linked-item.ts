import { nextTick, ref, watch } from 'vue'
import { LINKED_ELEMENT, tabOf } from './linked-item'

/**
 * The item of a resident's own list that a link names (from a notification): once the list has
 * loaded, its tab is chosen and it is scrolled to and focused, once per link; or it is missing.
 */
export function useLinkedItem<T extends { id: string }>(
  linkedId: () => string | undefined,
  groups: () => { upcoming: readonly T[]; past: readonly T[] },
  ready: () => boolean,
) {
  const tab = ref<'upcoming' | 'past'>('upcoming')
  const missing = ref(false)
  let shownFor: string | undefined

  watch([linkedId, ready], async ([id, isReady]) => {
    if (!id || !isReady || id === shownFor) return
    shownFor = id
    const where = tabOf(groups(), id)
    missing.value = !where
    if (!where) return
    tab.value = where
    await nextTick()
    const el = document.getElementById(LINKED_ELEMENT)
    el?.scrollIntoView({ block: 'center' })
    el?.focus({ preventScroll: true })
    // After the render and the list's own watchers: a list still holding what it read before the
    // session was known (nothing) reads as loading by then, not as the item missing.
  }, { immediate: true, flush: 'post' })

  return { tab, missing }
}
