import { type Ref, computed } from 'vue'
import { closureLines } from '@linli/web-shared'
import { api } from '../api'
import { useLoad } from '../shell/use-load'
import { addDays, nowIn } from './local-time'

/** How far ahead the center and room pages tell of closures: two weeks, as far as residents book. */
export const CLOSURE_DAYS = 14

/**
 * The closures of a center (or, with a room, the center's and that room's) for today and the next
 * two weeks, from the public schedule. A page that cannot read them shows none: booking still
 * refuses a closed time with the reason.
 */
/** `date` is the center's today; `today` the closures in force some time today, `upcoming` the later ones. */
export type ClosureLines = { date: string } & ReturnType<typeof closureLines>

/** The center is closed all of today (not only a room, not only part of the day). */
export const closedAllDay = (lines: ClosureLines | undefined) =>
  !!lines?.today.some((l) => l.scope === 'center' && !l.times)

export function useClosures(target: Ref<{ centerId: string; timeZone: string; roomId?: string } | undefined>) {
  const load = useLoad(async () => {
    const t = target.value
    if (!t) return undefined
    const today = nowIn(t.timeZone).slice(0, 10)
    const schedule = await api.getSchedule(t.centerId, { from: today, to: addDays(today, CLOSURE_DAYS - 1), ...(t.roomId && { roomId: t.roomId }) })
    return { today, closures: schedule.closures }
  }, () => (target.value ? `${target.value.centerId}|${target.value.roomId ?? ''}` : ''))
  return computed((): ClosureLines | undefined => {
    const d = load.data.value
    return d ? { date: d.today, ...closureLines(d.closures, d.today, Date.now(), target.value?.roomId) } : undefined
  })
}
