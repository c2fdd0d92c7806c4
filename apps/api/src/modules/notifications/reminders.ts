import { addDays, localDateOf, localToInstant } from '@linli/schedule'
import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { defineJob } from '../../jobs/define-job'
import { effectiveParticipationPolicy } from '../participation/policy'
import {
  bookingsToRemind, eventKey, holdApprovedBookings, holdRegistrations, offersToWarn, recordedEvents, seatsToRemind,
} from './causes.repository'
import { type ReminderLead, activityReminder, bookingReminder, offerLapsing } from './notify'
import { type NewNotification, recordNotifications } from './outbox.repository'

const MIN = 60_000
/** An offer is said to lapse soon this long before its hold runs out. */
export const LAPSING_WARNING_MINUTES = 30

/**
 * A reminder is due from its moment until `until` (the start, or the midnight that makes "tomorrow"
 * wrong), unless the resident was told of the thing itself only after that moment: a booking made
 * at 20:00 for tomorrow needs no "tomorrow" reminder a minute later.
 */
interface Moment { at: Date; until: Date }
const isDue = (m: Moment, told: Date | null, now: Date) => m.at <= now && now < m.until && (told === null || told <= m.at)

/** The day-before moment: the center's local wall clock on the eve of the start's local date. */
function dayBefore(startsAt: Date, timeZone: string, at: string): Moment {
  const day = localDateOf(startsAt, timeZone)
  const midnight = localToInstant(`${day}T00:00`, timeZone)
  return { at: localToInstant(`${addDays(day, -1)}T${at}`, timeZone), until: new Date(Math.min(midnight.getTime(), startsAt.getTime())) }
}
const before = (startsAt: Date, minutes: number): Moment => ({ at: new Date(startsAt.getTime() - minutes * MIN), until: startsAt })

/** A reminder come due, with the booking or registration it is about. */
interface Due { id: string; notice: NewNotification }

/**
 * Records what is due and not recorded yet in one transaction, which re-reads the causes under a
 * share lock (`hold`): a cancellation waits for the reminder's commit, and one under way is left
 * to the next run.
 */
async function record(db: Database, now: Date, find: (trx: Database) => Promise<Due[]>, hold: (trx: Database, ids: string[]) => Promise<Set<string>>) {
  return db.transaction().execute(async (trx) => {
    const due = await find(trx)
    const recorded = await recordedEvents(trx, due.map((d) => d.notice))
    const fresh = due.filter((d) => !recorded.has(eventKey(d.notice)))
    const held = await hold(trx, [...new Set(fresh.map((d) => d.id))])
    return (await recordNotifications(trx, fresh.filter((d) => held.has(d.id)).map((d) => d.notice), now)).length
  })
}

async function bookingReminders(trx: Database, now: Date): Promise<Due[]> {
  const rows = await bookingsToRemind(trx, now, new Date(now.getTime() + 49 * 60 * MIN))
  return rows.flatMap((b) => {
    const policy = effectiveParticipationPolicy(b.participation_policy)
    const moments: [ReminderLead, Moment][] = []
    if (policy.reminderDayBeforeAt) moments.push(['day_before', dayBefore(b.starts_at, b.time_zone, policy.reminderDayBeforeAt)])
    if (policy.reminderLeadMinutes) moments.push(['hour_before', before(b.starts_at, policy.reminderLeadMinutes)])
    return moments.filter(([, m]) => isDue(m, b.told_at, now))
      .map(([lead]) => ({ id: b.id, notice: bookingReminder({ ...b, resident_id: b.resident_id! }, lead) }))
  })
}

async function seatReminders(trx: Database, now: Date): Promise<Due[]> {
  const rows = await seatsToRemind(trx, now, new Date(now.getTime() + 25 * 60 * MIN))
  return rows.flatMap((r) => {
    const policy = effectiveParticipationPolicy(r.participation_policy)
    const out: Due[] = []
    if (policy.reminderLeadMinutes && isDue(before(r.starts_at, policy.reminderLeadMinutes), r.told_at, now))
      out.push({ id: r.id, notice: activityReminder(r, 'activity_reminder') })
    if (isDue(before(r.starts_at, policy.checkInOpensMinutes), r.told_at, now)) out.push({ id: r.id, notice: activityReminder(r, 'check_in_open') })
    return out
  })
}

async function lapsingOffers(trx: Database, now: Date): Promise<Due[]> {
  const rows = await offersToWarn(trx, now, new Date(now.getTime() + LAPSING_WARNING_MINUTES * MIN))
  return rows.filter((r) => isDue(before(r.offer_expires_at!, LAPSING_WARNING_MINUTES), r.told_at, now)).map((r) => ({ id: r.id, notice: offerLapsing(r) }))
}

/**
 * Records every reminder that has come due by `now`: bookings the day before (center-local) and
 * shortly before the start, activity dates shortly before and when check-in opens, and offers about
 * to lapse. Never for what has started or is off, nor for residents who turned reminders off; each
 * once, whichever replica or run gets there first.
 */
export async function recordDueReminders(db: Database, now: Date) {
  return {
    bookingReminders: await record(db, now, (trx) => bookingReminders(trx, now), holdApprovedBookings),
    activityReminders: await record(db, now, (trx) => seatReminders(trx, now), (trx, ids) => holdRegistrations(trx, ids, 'confirmed')),
    offersLapsing: await record(db, now, (trx) => lapsingOffers(trx, now), (trx, ids) => holdRegistrations(trx, ids, 'offered')),
  }
}

/** Runs every minute on the app's job scheduler, once across replicas; no external cron. */
export function scheduleReminders(app: App, everyMs = 60_000) {
  defineJob(app, { name: 'record-reminders', everyMs, run: () => recordDueReminders(app.db, app.clock()) })
}
