import type { ActivityCreate } from '@linli/contracts'
import { describeSchedulePhrase, expandLocal } from '@linli/schedule'
import type { ActivityImportRow } from '../../spreadsheets/columns/activities'

export interface RoomForImport { id: string; name: string; capacity: number; active: boolean }
export type CellProblem = [column: string | null, message: string]

/**
 * One row as the input the create-activity path takes, or what is wrong with it, by column: a series
 * starts on its first date on or after 开始日期 (a rule's first date need not be 开始日期 itself) and
 * ends with 结束日期 (an UNTIL that keeps that whole day); a one-off's date is in its rule.
 */
export function activityInputOf(
  v: ActivityImportRow, room: RoomForImport, organiser: string,
): { input: ActivityCreate } | { problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const { rule } = v
  const said = describeSchedulePhrase(rule)
  if (rule.start === null || rule.end === null) {
    problems.push(['时间规则', `时间规则“${said}”没有写${rule.start === null ? '时间' : '结束时间'}，请写成 ${rule.rrule === null ? '单次 2027-01-05 09:00-11:00' : '每周二 09:00-11:00'}`])
  }
  if (v.capacity !== null && v.capacity > room.capacity) {
    problems.push(['名额', `名额 ${v.capacity} 超过房间“${room.name}”的容量 ${room.capacity} 人`])
  }
  if (!room.active) problems.push(['房间', `房间“${room.name}”已停用，不能安排活动`])
  const dates = rule.rrule === null ? oneOffDates(v, rule.date!) : seriesDates(v, rule.rrule)
  if ('problems' in dates) problems.push(...dates.problems)
  if (problems.length || 'problems' in dates) return { problems }
  let startsLocal = `${dates.first}T${rule.start}`
  if (dates.rrule !== null) {
    const [first] = expandLocal({ dtstart: startsLocal, rrule: dates.rrule, limit: 1 })
    if (first === undefined) {
      const span = v.endDate ? `${v.startDate} 至 ${v.endDate}` : `${v.startDate} 以后`
      return { problems: [['时间规则', `${span}没有符合“${said}”的日期`]] }
    }
    startsLocal = first
  }
  return {
    input: {
      title: v.title, category: v.category, organiserKind: 'center', organiserName: v.organiser ?? organiser,
      roomId: room.id, description: v.description ?? '', startsLocal, endsLocal: `${startsLocal.slice(0, 10)}T${rule.end}`,
      rrule: dates.rrule, capacity: v.capacity,
    },
  }
}

function oneOffDates(v: ActivityImportRow, date: string): { first: string; rrule: null } | { problems: CellProblem[] } {
  const problems: CellProblem[] = []
  if (v.startDate !== null && v.startDate !== date) problems.push(['开始日期', `开始日期 ${v.startDate} 与时间规则中的日期 ${date} 不一致`])
  if (v.endDate !== null && v.endDate !== date) problems.push(['结束日期', `单次活动的结束日期 ${v.endDate} 与时间规则中的日期 ${date} 不一致`])
  return problems.length ? { problems } : { first: date, rrule: null }
}

function seriesDates(v: ActivityImportRow, rrule: string): { first: string; rrule: string } | { problems: CellProblem[] } {
  if (v.startDate === null) return { problems: [['开始日期', '周期活动需要开始日期（第一次活动最早的日期）']] }
  if (v.endDate === null) return { first: v.startDate, rrule }
  if (v.endDate < v.startDate) return { problems: [['结束日期', `结束日期 ${v.endDate} 早于开始日期 ${v.startDate}`]] }
  if (/(^|;)(COUNT|UNTIL)=/.test(rrule)) return { problems: [['结束日期', '时间规则已写明何时结束（至…或共…次），结束日期请留空']] }
  return { first: v.startDate, rrule: `${rrule};UNTIL=${v.endDate.replaceAll('-', '')}` }
}
