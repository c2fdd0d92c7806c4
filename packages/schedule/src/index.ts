// The schedule logic shared by the API and the admin: recurrence rules on wall-clock time, and
// the conversions between wall clocks in a center's zone and the instants the database stores.
export {
  type LocalDateTime, type LocalDate, type IsoWeekday,
  addMinutes, minutesBetween, addDays, weekdayOf, isLocalDateTime,
} from './local-time'
export { localToInstant, instantToLocal, localDateOf, formatOffset, existsLocally } from './zone'
export { parseRule, type ParseRuleResult } from './rule'
export { WEEKDAYS, type Weekday, type Frequency } from './rule-parts'
export { expandLocal, MAX_INSTANCES, type ExpandLocalOptions } from './expand'
export { expandInstants, type ExpandInstantsOptions, type Instance } from './instances'
export { describeRule, type DescribeLocale } from './describe'
export { presets, type RulePreset } from './presets'
export { parseSchedulePhrase, PHRASE_EXAMPLES } from './phrase-parse'
export { describeSchedulePhrase, describeRulePhrase } from './phrase-describe'
export { type PhraseSchedule, type PhraseResult } from './phrase-rule'
export {
  buildRule, parseRuleSpec, weekdayCodeOf, nthWeekdayOf,
  type RuleSpec, type RuleEnd, type SpecFrequency, type Nth,
} from './rule-spec'
export {
  roomHoursOn, roomHoursFor, roomHoursProblems, withinIntervals, formatIntervals,
  type RoomHoursSpec, type HoursException, type HoursOnDate, type HoursSource, type DayInterval, type WeeklyInterval,
} from './room-hours'
export {
  dayPlan, dayPlans, replacedWeekday, holidayName,
  type NationalCalendar, type DayPlan, type CenterCalendar,
} from './national-days'
