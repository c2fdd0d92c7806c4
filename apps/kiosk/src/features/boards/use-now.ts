import { onBeforeUnmount, shallowRef } from 'vue'
import { msUntilNextMinute } from '../lobby/clock-format'

/** How often "now" is re-evaluated between minute changes (now/next, emergencies ending). */
export const NOW_EVERY_MS = 15_000

/**
 * The screen's "now", advanced every 15 s and exactly as each minute starts, so the clock flips on
 * time and now/next keeps moving without the network. Timers are re-aimed each time: no drift.
 */
export function useNow(every = NOW_EVERY_MS) {
  const now = shallowRef(new Date())
  let timer: ReturnType<typeof setTimeout>
  const aim = () => {
    timer = setTimeout(tick, Math.min(every, msUntilNextMinute(new Date()) + 50))
  }
  const tick = () => {
    now.value = new Date()
    aim()
  }
  aim()
  onBeforeUnmount(() => clearTimeout(timer))
  return now
}
