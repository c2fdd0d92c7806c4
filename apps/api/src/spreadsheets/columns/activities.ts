import { type Activity, type ActivityCategory, activityCategoryLabels } from '@linli/contracts'
import { type PhraseSchedule, describeSchedulePhrase, parseSchedulePhrase } from '@linli/schedule'
import { type Column, type Columns, choiceColumn, dateColumn, intColumn, textColumn } from './column'

/**
 * 时间规则 as staff write it (每周二 09:00-11:00, 每月第二个周五 19:00-21:00, 单次 2027-01-05 09:00-11:00);
 * the export writes a stored rule back in the same words, or as the RRULE itself when no phrase says it.
 */
export const ruleColumn: Column<PhraseSchedule, 'rule'> = {
  key: 'rule',
  header: '时间规则',
  headerEn: 'Schedule',
  required: true,
  example: '每周二 09:00-11:00',
  parse(text) {
    const result = parseSchedulePhrase(text)
    return result.ok ? { value: result.schedule } : { error: result.message }
  },
  format: (value) => (value === null ? null : describeSchedulePhrase(value)),
}

/**
 * A center's activities, one-off and recurring; matched on import by 活动名称 and 房间 within the
 * center. 开始日期 is the first date a series may fall on (a one-off's date is in its rule), 结束日期
 * the last; 名额 may not exceed the room's capacity.
 */
export const activityColumns = [
  textColumn({ key: 'title', header: '活动名称', headerEn: 'Title', required: true, max: 80, example: '四点半课堂' }),
  choiceColumn({ key: 'category', header: '类别', headerEn: 'Category', required: true, example: '少儿课堂' }, activityCategoryLabels),
  textColumn({ key: 'room', header: '房间', headerEn: 'Room', required: true, max: 60, example: '多功能活动室' }),
  ruleColumn,
  dateColumn({ key: 'startDate', header: '开始日期', headerEn: 'Start date', example: '2027-01-05' }),
  dateColumn({ key: 'endDate', header: '结束日期', headerEn: 'End date', example: '2027-06-29' }),
  intColumn({ key: 'capacity', header: '名额', headerEn: 'Places', min: 1, max: 100_000, unit: /\s*人$/, example: '30' }),
  textColumn({ key: 'organiser', header: '主办方', headerEn: 'Organiser', max: 80, example: '社区党支部' }),
  textColumn({ key: 'description', header: '说明', headerEn: 'Description', max: 2000, example: '小学生课后作业辅导' }),
] as const satisfies Columns

export interface ActivityImportRow {
  title: string; category: ActivityCategory; room: string; rule: PhraseSchedule
  startDate: string | null; endDate: string | null; capacity: number | null; organiser: string | null; description: string | null
}

const DATE_UNTIL = /(^|;)UNTIL=(\d{4})(\d{2})(\d{2})(?=;|$)/

/**
 * A stored activity as its import row, for exports: the rule's time from its first date, a
 * date-only UNTIL as 结束日期, so importing the exported row again finds the activity unchanged.
 */
export function activityImportRow(
  a: Pick<Activity, 'title' | 'category' | 'roomName' | 'startsLocal' | 'endsLocal' | 'rrule' | 'capacity' | 'organiserName' | 'description'>,
): ActivityImportRow {
  const until = a.rrule === null ? null : DATE_UNTIL.exec(a.rrule)
  const rrule = a.rrule !== null && until ? a.rrule.replace(DATE_UNTIL, '').replace(/^;/, '') : a.rrule
  const date = a.startsLocal.slice(0, 10)
  return {
    title: a.title, category: a.category, room: a.roomName ?? '',
    rule: { rrule, date: rrule === null ? date : null, start: a.startsLocal.slice(11, 16), end: a.endsLocal.slice(11, 16) },
    startDate: rrule === null ? null : date, endDate: until ? `${until[2]}-${until[3]}-${until[4]}` : null,
    capacity: a.capacity, organiser: a.organiserName, description: a.description || null,
  }
}
