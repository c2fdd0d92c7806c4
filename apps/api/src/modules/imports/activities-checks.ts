import { describeSchedulePhrase, parseSchedulePhrase } from '@linli/schedule'
import { toLocal } from '../activities/activities.repository'
import type { validateActivity } from '../activities/series'
import type { Hold } from '../reservations/reservations.repository'
import type { activitiesTitled } from './activities-import.repository'

/** A row of the file that would create an activity, with the times it would hold its room. */
export interface Planned { row: number; title: string; holds: Hold[] }

type StoredActivity = Awaited<ReturnType<typeof activitiesTitled>>[number]

/** What a file's row would change in a stored activity, by column. */
export function differences(a: StoredActivity, f: ReturnType<typeof validateActivity>): string[] {
  const out: string[] = []
  if (a.category !== f.category) out.push('类别')
  if (canonical(a.rrule) !== f.rrule || toLocal(a.starts_local) !== f.startsLocal || toLocal(a.ends_local) !== f.endsLocal) out.push('时间规则或日期')
  if (a.capacity !== f.capacity) out.push('名额')
  if (a.organiser_name !== f.organiserName.trim()) out.push('主办方')
  if (a.description !== f.description.trim()) out.push('说明')
  return out
}

/** A stored rule as the file's would read (FREQ=MONTHLY;COUNT=6;BYDAY=2FR as …;BYDAY=2FR;COUNT=6), so order alone is no change. */
function canonical(rrule: string | null): string | null {
  if (rrule === null) return null
  const back = parseSchedulePhrase(describeSchedulePhrase({ rrule, date: null, start: null, end: null }))
  return back.ok ? back.schedule.rrule : rrule
}

/** Pairs of new activities of the file that would hold one room at the same time. */
export function withinFile(planned: Planned[]): { row: number; other: Planned; hold: Hold }[] {
  const byRoom = new Map<string, { hold: Hold; p: Planned }[]>()
  for (const p of planned) {
    for (const hold of p.holds) {
      const list = byRoom.get(hold.roomId) ?? []
      list.push({ hold, p })
      byRoom.set(hold.roomId, list)
    }
  }
  const found: { row: number; other: Planned; hold: Hold }[] = []
  for (const list of byRoom.values()) {
    list.sort((a, b) => a.hold.startsAt.getTime() - b.hold.startsAt.getTime())
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.hold.startsAt < list[i]!.hold.endsAt; j++) {
        const [a, b] = [list[i]!, list[j]!]
        if (a.p !== b.p) found.push(a.p.row < b.p.row ? { row: b.p.row, other: a.p, hold: b.hold } : { row: a.p.row, other: b.p, hold: a.hold })
      }
    }
  }
  return found.sort((x, y) => x.row - y.row)
}
