import {
  type ExternalChannel, KIND_TOPIC, type NotificationKind, type NotificationSettings,
} from '@linli/contracts'
import { addDays, instantToLocal, localToInstant } from '@linli/schedule'

export type Preferences = Omit<NotificationSettings, 'language'>

/** What a resident who never opened their settings gets: SMS costs them attention, so no reminders by SMS. */
export const DEFAULT_PREFERENCES: Preferences = {
  reminders: true,
  pushTopics: ['offers', 'changes', 'decisions', 'reminders'],
  smsTopics: ['offers', 'changes', 'decisions'],
  quietHours: { start: '21:00', end: '08:00' },
}

/** Whether the resident lets this kind through this channel now. */
export function allows(p: Preferences, channel: ExternalChannel, kind: NotificationKind) {
  const topic = KIND_TOPIC[kind]
  if (topic === 'reminders' && !p.reminders) return false
  return (channel === 'sms' ? p.smsTopics : p.pushTopics).includes(topic)
}

/**
 * The end of the quiet spell `now` falls in, or null when it is not quiet. Quiet hours are the
 * center's wall clock, `start` inclusive to `end` exclusive, wrapping midnight when start > end
 * (21:00-08:00); start = end means no quiet hours.
 */
export function quietUntil(now: Date, timeZone: string, quiet: { start: string; end: string }): Date | null {
  const { start, end } = quiet
  if (start === end) return null
  const local = instantToLocal(now, timeZone)
  const [day, time] = [local.slice(0, 10), local.slice(11, 16)]
  const endOn = (d: string) => localToInstant(`${d}T${end}`, timeZone)
  if (start < end) return time >= start && time < end ? endOn(day) : null
  if (time >= start) return endOn(addDays(day, 1))
  return time < end ? endOn(day) : null
}
