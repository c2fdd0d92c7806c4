import { type MaybeRefOrGetter, type Ref, computed, onBeforeUnmount, ref, toValue, watch } from 'vue'
import { fitCount, pageCount, pageOf } from './paging'
import { useElementSizeRem } from './use-element-size'

/** Long lists turn a page this often: time to read a page, with nothing scrolling in between. */
export const PAGE_MS = 11_000

export interface ItemBox {
  /** Height of one item in rem, gap included below it except for the last. */
  height: number
  gap: number
  /** Items are laid out in as many columns of at least this width as fit (one column when absent). */
  minWidth?: number
}

/**
 * Shows as many items as fit in an element (measured in rem), and turns pages every 11 s when they
 * do not all fit: full pages, so a visitor sees as much as possible without waiting.
 */
export function usePaged<T>(items: Ref<readonly T[]>, area: Ref<HTMLElement | null | undefined>, itemBox: MaybeRefOrGetter<ItemBox>, every = PAGE_MS) {
  const size = useElementSizeRem(area)
  const columns = computed(() => {
    const box = toValue(itemBox)
    return box.minWidth ? fitCount(size.width, box.minWidth, box.gap) : 1
  })
  const rows = computed(() => fitCount(size.height, toValue(itemBox).height, toValue(itemBox).gap))
  const perPage = computed(() => columns.value * rows.value)
  const pages = computed(() => pageCount(items.value.length, perPage.value))
  const page = usePageIndex(pages, every)
  const pageItems = computed(() => pageOf(items.value, perPage.value, page.value))
  return { pageItems, page, pages, columns, areaHeight: computed(() => size.height), measured: computed(() => size.height > 0) }
}

/** A page number that steps through `pages` every `every` ms and starts over when the count shrinks. */
export function usePageIndex(pages: Ref<number>, every = PAGE_MS) {
  const page = ref(0)
  const timer = setInterval(() => {
    page.value = pages.value > 1 ? (page.value + 1) % pages.value : 0
  }, every)
  watch(pages, (count) => {
    if (page.value >= count) page.value = 0
  })
  onBeforeUnmount(() => clearInterval(timer))
  return page
}
