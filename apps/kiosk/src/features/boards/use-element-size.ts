import { type Ref, onBeforeUnmount, reactive, watch } from 'vue'

/** Fired on window when the wall screens' 1rem changes (use-type-scale.ts): sizes in rem change with no resize. */
export const REM_CHANGED = 'kiosk-rem-changed'

/**
 * The content-box size of an element in rem (and its border-box height), so layout maths does not
 * care how large 1rem is on this screen. Zero until the element is rendered.
 */
export function useElementSizeRem(target: Ref<HTMLElement | null | undefined>) {
  const size = reactive({ width: 0, height: 0, borderHeight: 0 })
  const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return
    const rem = remPx()
    size.width = entry.contentRect.width / rem
    size.height = entry.contentRect.height / rem
    size.borderHeight = (entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height) / rem
  })
  // Re-observing delivers a fresh entry, measured against the new 1rem.
  const remeasure = () => {
    const el = target.value
    if (!el) return
    observer.unobserve(el)
    observer.observe(el)
  }
  watch(
    target,
    (el, previous) => {
      if (previous) observer.unobserve(previous)
      if (el) observer.observe(el)
    },
    { immediate: true, flush: 'post' },
  )
  window.addEventListener(REM_CHANGED, remeasure)
  onBeforeUnmount(() => {
    observer.disconnect()
    window.removeEventListener(REM_CHANGED, remeasure)
  })
  return size
}
