import type { ScheduleClosure } from '@linli/contracts'
import { localDateOf } from '@linli/schedule'
import type { Database } from '../../db/database'
import { publicClosures } from '../closures/public-closures'
import type { FeedPlace } from './calendar-feeds.repository'

export interface FeedClosure extends ScheduleClosure {
  centerId: string
  centerName: string
}

/**
 * What is closed at the centers a resident goes to, as their public schedules tell everyone (the
 * same closures and followed holidays as the center's calendar.ics): the whole center's, and a room's
 * only if it is one of hers. Not only the closures over her own events: a closure cancels the bookings
 * it covers, which then leave her calendar, and the closed day is what she needs to see instead;
 * nor every center's, which would fill her calendar with places she never goes to.
 */
export async function feedClosures(db: Database, places: FeedPlace[], from: Date, to: Date): Promise<FeedClosure[]> {
  const perCenter = await Promise.all(places.map(async (p) => {
    const closures = await publicClosures(db, p.centerId, undefined, localDateOf(from, p.timeZone), localDateOf(to, p.timeZone), p.timeZone)
    return closures.filter((c) => c.roomId === null || p.roomIds.has(c.roomId)).map((c) => ({ ...c, centerId: p.centerId, centerName: p.centerName }))
  }))
  return perCenter.flat()
}
