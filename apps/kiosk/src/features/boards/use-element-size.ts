import { type Ref, onBeforeUnmount, reactive, watch } from 'vue'

/**
 * The content-box size of an element in rem, so layout maths does not care how large 1rem is on
 * this screen. Zero until the element is rendered.
 */
export function useElementSizeRem(target: Ref<HTMLElement | null | undefined>) {
  const size = reactive({ width: 0, height: 0 })
  const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return
    const rem = remPx()
    size.width = entry.contentRect.width / rem
    size.height = entry.contentRect.height / rem
  })
  watch(
    target,
    (el, previous) => {
      if (previous) observer.unobserve(previous)
      if (el) observer.observe(el)
    },
    { immediate: true, flush: 'post' },
  )
  onBeforeUnmount(() => observer.disconnect())
  return size
}
