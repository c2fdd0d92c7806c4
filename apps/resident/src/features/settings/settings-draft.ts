import {
  NOTIFICATION_TOPICS, type NotificationSettings, type NotificationSettingsPatch, type NotificationTopic,
} from '@linli/contracts'

/** A copy the page can edit freely; the saved settings stay as they were until a save succeeds. */
export const draftOf = (s: NotificationSettings): NotificationSettings => ({
  ...s, pushTopics: [...s.pushTopics], smsTopics: [...s.smsTopics], quietHours: { ...s.quietHours },
})

/** The topics with one turned on or off, always in the same order, so "the same choice" compares equal. */
export function withTopic(topics: readonly NotificationTopic[], topic: NotificationTopic, on: boolean): NotificationTopic[] {
  const chosen = new Set(topics)
  if (on) chosen.add(topic)
  else chosen.delete(topic)
  return NOTIFICATION_TOPICS.filter((t) => chosen.has(t))
}

const ordered = (topics: readonly NotificationTopic[]) => NOTIFICATION_TOPICS.filter((t) => topics.includes(t))
const sameTopics = (a: readonly NotificationTopic[], b: readonly NotificationTopic[]) => ordered(a).join() === ordered(b).join()

/** Only what the resident changed, or null when nothing was: a save never overwrites other fields with stale values. */
export function changes(saved: NotificationSettings, draft: NotificationSettings): NotificationSettingsPatch | null {
  const patch: NotificationSettingsPatch = {}
  if (draft.language !== saved.language) patch.language = draft.language
  if (draft.reminders !== saved.reminders) patch.reminders = draft.reminders
  if (!sameTopics(draft.pushTopics, saved.pushTopics)) patch.pushTopics = ordered(draft.pushTopics)
  if (!sameTopics(draft.smsTopics, saved.smsTopics)) patch.smsTopics = ordered(draft.smsTopics)
  if (draft.quietHours.start !== saved.quietHours.start || draft.quietHours.end !== saved.quietHours.end) patch.quietHours = { ...draft.quietHours }
  return Object.keys(patch).length ? patch : null
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Time inputs give "HH:mm", or "HH:mm:ss" where a browser shows seconds, or "" when cleared;
 * the API takes "HH:mm". Anything else is not a time.
 */
export function asLocalTime(value: string): string | null {
  const hhmm = value.slice(0, 5)
  return HH_MM.test(hhmm) && (value.length === 5 || /^:\d\d(\.\d+)?$/.test(value.slice(5))) ? hhmm : null
}

/** How the quiet hours read: none (start = end), within one day, or over midnight into the next morning. */
export type QuietSpan = 'none' | 'sameDay' | 'overnight'
export function quietSpan(q: { start: string; end: string }): QuietSpan {
  if (q.start === q.end) return 'none'
  return q.start < q.end ? 'sameDay' : 'overnight'
}
