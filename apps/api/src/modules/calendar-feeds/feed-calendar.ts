import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import type { NotificationLanguage } from '@linli/contracts'
import type { FeedBooking, FeedSignUp } from './calendar-feeds.repository'
import type { FeedClosure } from './feed-closures'
import { FEED_TEXTS } from './feed-texts'

/** How often calendar apps that honour it should fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 15 * 60

const localTime = (at: Date, timeZone: string, language: NotificationLanguage) =>
  new Intl.DateTimeFormat(language, { timeZone, month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(at)

/**
 * A resident's bookings and sign-ups, and the closures of the centers she goes to, as one iCalendar text. Times are UTC instants, which every
 * calendar app shows on the phone's own clock; UIDs are the rows' ids, so a change updates the
 * event instead of adding another; DTSTAMP is the row's last change, so an unchanged feed reads
 * the same. Nothing of anyone else's, and no phone numbers.
 */
export function feedCalendar(language: NotificationLanguage, bookings: FeedBooking[], signUps: FeedSignUp[], closures: FeedClosure[] = []): string {
  const t = FEED_TEXTS[language]
  const calendar = ical({ name: t.calendarName, ttl: REFRESH_SECONDS, prodId: { company: 'Linli', product: 'linli', language: language === 'en' ? 'EN' : 'ZH' } })
  for (const b of bookings) {
    const status = t.bookingStatus[b.status] ?? b.status
    calendar.createEvent({
      id: `booking-${b.id}@linli`, start: b.starts_at, end: b.ends_at, stamp: b.updated_at, lastModified: b.updated_at,
      summary: `${b.status === 'requested' ? t.awaitingTag : ''}${b.room_name} · ${b.purpose}`,
      location: `${b.center_name} ${b.room_name}`,
      description: [`${t.status}: ${status}`, `${t.center}: ${b.center_name}`, `${t.address}: ${b.center_address}`, `${t.people}: ${b.headcount}`].join('\n'),
      status: b.status === 'requested' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    })
  }
  for (const s of signUps) {
    const cancelled = s.occurrence_status === 'cancelled' || s.activity_status === 'cancelled'
    const offered = s.status === 'offered' && s.offer_expires_at
    const changed = s.occurrence_updated_at > s.updated_at ? s.occurrence_updated_at : s.updated_at
    const state = cancelled ? t.cancelled : offered ? t.offered(localTime(s.offer_expires_at!, s.time_zone, language)) : t.signedUp
    calendar.createEvent({
      id: `signup-${s.id}@linli`, start: s.starts_at, end: s.ends_at, stamp: changed, lastModified: changed,
      summary: `${cancelled ? t.cancelledTag : s.status === 'offered' ? t.offeredTag : ''}${s.title}`,
      location: [s.center_name, s.room_name ?? s.location].filter(Boolean).join(' '),
      description: [`${t.status}: ${state}`, `${t.center}: ${s.center_name}`, `${t.address}: ${s.center_address}`].join('\n'),
      status: cancelled ? ICalEventStatus.CANCELLED : s.status === 'offered' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    })
  }
  for (const c of closures) {
    const start = new Date(c.startsAt)
    // Free time (TRANSPARENT), as in the center's own feed: a closed center does not make her busy.
    // A closure has no row of its own here (holidays have none at all): its start stands for its DTSTAMP, so an unchanged feed reads the same.
    calendar.createEvent({
      id: `closure-${c.centerId}-${c.roomId ?? 'center'}-${start.getTime()}@linli`, start, end: new Date(c.endsAt), stamp: start,
      summary: c.roomName ? t.roomClosed(c.centerName, c.roomName, c.reason) : t.centerClosed(c.centerName, c.reason),
      location: [c.centerName, c.roomName].filter(Boolean).join(' '), transparency: ICalEventTransparency.TRANSPARENT,
    })
  }
  return calendar.toString()
}
