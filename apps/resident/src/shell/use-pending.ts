import { onBeforeUnmount, ref, watch } from 'vue'

/** How many parts of the current phone page are still showing a loading skeleton. */
const pending = ref(0)

/** True while any part of the page is still loading: the footer waits, so it is not pushed down in view. */
export const pagePending = () => pending.value > 0

/** Counts this component as loading while `loading()` is true, and stops counting when it unmounts. */
export function usePendingWhile(loading: () => boolean) {
  let counted = false
  const set = (on: boolean) => {
    if (on === counted) return
    counted = on
    pending.value += on ? 1 : -1
  }
  watch(loading, set, { immediate: true })
  onBeforeUnmount(() => set(false))
}
