import { type Ref, onBeforeUnmount, ref, watch } from 'vue'

export const PAGE_MS = 20_000

/** Steps through pages slowly (20 s each) when there are more rooms than fit; no motion in between. */
export function usePageCycle(pages: Ref<number>) {
  const page = ref(0)
  const timer = setInterval(() => {
    page.value = pages.value > 1 ? (page.value + 1) % pages.value : 0
  }, PAGE_MS)
  watch(pages, (count) => {
    if (page.value >= count) page.value = 0
  })
  onBeforeUnmount(() => clearInterval(timer))
  return page
}
