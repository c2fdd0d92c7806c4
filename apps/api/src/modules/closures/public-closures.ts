import type { ScheduleClosure } from '@linli/contracts'
import { addDays, formatOffset, localToInstant } from '@linli/schedule'
import type { Database } from '../../db/database'
import { type PublicClosureFacts, publicClosureFacts } from './closures.repository'
import { holidayReason, planOf } from './closures.service'

/**
 * What residents are told is closed in [from, to] (local dates, both inclusive): the center's and its
 * rooms' closures (only the center's and that room's with `roomId`), and the statutory holidays the
 * center follows, a run of holiday days with one name as one closure. Earliest first.
 */
export async function publicClosures(db: Database, centerId: string, roomId: string | undefined, from: string, to: string, timeZone: string): Promise<ScheduleClosure[]> {
  const start = localToInstant(`${from}T00:00`, timeZone)
  const end = localToInstant(`${addDays(to, 1)}T00:00`, timeZone)
  return closuresFromFacts(await publicClosureFacts(db, centerId, roomId ?? null, start, end), from, to, timeZone)
}

/** `publicClosures` from facts already read (the schedule reads them in its own query). */
export function closuresFromFacts({ closures, calendar }: PublicClosureFacts, from: string, to: string, timeZone: string): ScheduleClosure[] {
  const items: ScheduleClosure[] = closures.map((c) => ({
    roomId: c.room_id, roomName: c.room_name, startsAt: formatOffset(c.starts_at, timeZone), endsAt: formatOffset(c.ends_at, timeZone), allDay: c.all_day, reason: c.reason,
  }))
  let run: { first: string; last: string; name: string } | undefined
  const holidays: { first: string; last: string; name: string }[] = []
  // A run is shown whole, from before `from` to after `to`, so "闭馆至 10月7日" reads right.
  for (let d = addDays(from, -10); d <= addDays(to, 10); d = addDays(d, 1)) {
    const plan = planOf(d, calendar)
    if (plan.kind === 'holiday' && run && run.name === plan.name && addDays(run.last, 1) === d) run.last = d
    else if (plan.kind === 'holiday' && d <= to) holidays.push((run = { first: d, last: d, name: plan.name }))
    else run = undefined
  }
  for (const h of holidays.filter((h) => h.last >= from)) {
    items.push({
      roomId: null, roomName: null, allDay: true, reason: holidayReason(h.name),
      startsAt: formatOffset(localToInstant(`${h.first}T00:00`, timeZone), timeZone),
      endsAt: formatOffset(localToInstant(`${addDays(h.last, 1)}T00:00`, timeZone), timeZone),
    })
  }
  return items.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
}
