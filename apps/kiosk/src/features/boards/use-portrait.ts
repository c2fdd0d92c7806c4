import { onBeforeUnmount, ref } from 'vue'

/** Whether the screen stands upright (portrait), following the CSS media query the boards' styles use. */
export function usePortrait() {
  const query = window.matchMedia('(orientation: portrait)')
  const portrait = ref(query.matches)
  const update = () => (portrait.value = query.matches)
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return portrait
}
