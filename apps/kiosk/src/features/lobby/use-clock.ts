import { type Ref, computed, onBeforeUnmount, shallowRef } from 'vue'
import type { Locale } from '../../i18n'
import { formatClock, msUntilNextMinute } from './clock-format'

/** The center's wall clock, updated as each minute starts (re-aimed every time, so it never drifts). */
export function useClock(timeZone: Ref<string | undefined>, locale: Ref<Locale>) {
  const now = shallowRef(new Date())
  let timer: ReturnType<typeof setTimeout>
  const tick = () => {
    now.value = new Date()
    timer = setTimeout(tick, msUntilNextMinute(now.value) + 50)
  }
  timer = setTimeout(tick, msUntilNextMinute(now.value) + 50)
  onBeforeUnmount(() => clearTimeout(timer))

  return computed(() => (timeZone.value ? formatClock(now.value, timeZone.value, locale.value) : undefined))
}
