import { describe, expect, it } from 'vitest'
import { parseSchedulePhrase } from './phrase-parse'

const parsed = (text: string) => {
  const result = parseSchedulePhrase(text)
  if (!result.ok) throw new Error(result.message)
  return result.schedule
}
const series = (rrule: string, start: string | null = null, end: string | null = null) => ({ rrule, date: null, start, end })

describe('parseSchedulePhrase', () => {
  it.each([
    ['每周二 09:00', series('FREQ=WEEKLY;BYDAY=TU', '09:00')],
    ['每周二 09:00-11:00', series('FREQ=WEEKLY;BYDAY=TU', '09:00', '11:00')],
    ['每周一、三、五 14:00', series('FREQ=WEEKLY;BYDAY=MO,WE,FR', '14:00')],
    ['每周一、周三、周五 14:00', series('FREQ=WEEKLY;BYDAY=MO,WE,FR', '14:00')],
    ['每周一三五 14:00', series('FREQ=WEEKLY;BYDAY=MO,WE,FR', '14:00')],
    ['每周一至周五', series('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')],
    ['每周一到五 16:30-18:00', series('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '16:30', '18:00')],
    ['工作日', series('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')],
    ['每个工作日 16:30-18:00', series('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '16:30', '18:00')],
    ['每星期六、日 10:00', series('FREQ=WEEKLY;BYDAY=SA,SU', '10:00')],
    ['每周末 10:00', series('FREQ=WEEKLY;BYDAY=SA,SU', '10:00')],
    ['周二、四 14:00', series('FREQ=WEEKLY;BYDAY=TU,TH', '14:00')],
    ['每天', series('FREQ=DAILY')],
    ['每日 06:30-07:30', series('FREQ=DAILY', '06:30', '07:30')],
    ['每两周周六 10:00', series('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', '10:00')],
    ['每2周的周六 10:00', series('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', '10:00')],
    ['每隔一周周六 10:00', series('FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', '10:00')],
    ['每隔一天 07:00-08:00', series('FREQ=DAILY;INTERVAL=2', '07:00', '08:00')],
    ['每周一次 19:00-20:00', series('FREQ=WEEKLY', '19:00', '20:00')],
    ['每周二下午2点到4点', series('FREQ=WEEKLY;BYDAY=TU', '14:00', '16:00')],
    ['每月第二个周五晚上7点至9点', series('FREQ=MONTHLY;BYDAY=2FR', '19:00', '21:00')],
    ['每月第二个周五 19:00', series('FREQ=MONTHLY;BYDAY=2FR', '19:00')],
    ['每月第2个星期五 19:00', series('FREQ=MONTHLY;BYDAY=2FR', '19:00')],
    ['每月最后一个周日', series('FREQ=MONTHLY;BYDAY=-1SU')],
    ['每月倒数第二个周一', series('FREQ=MONTHLY;BYDAY=-2MO')],
    ['每月第一个和第三个周六 9:30', series('FREQ=MONTHLY;BYDAY=1SA,3SA', '09:30')],
    ['每月15日', series('FREQ=MONTHLY;BYMONTHDAY=15')],
    ['每月15号 上午十点', series('FREQ=MONTHLY;BYMONTHDAY=15', '10:00')],
    ['每月1、15日 9点', series('FREQ=MONTHLY;BYMONTHDAY=1,15', '09:00')],
    ['每月最后一天 20:00', series('FREQ=MONTHLY;BYMONTHDAY=-1', '20:00')],
    ['每季度第一个周二 14:00', series('FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU', '14:00')],
    ['每年10月1日', series('FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1')],
    ['每周二 09:00-11:00，至2027-06-30', series('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630', '09:00', '11:00')],
    ['每周二，共10次，09:00', series('FREQ=WEEKLY;BYDAY=TU;COUNT=10', '09:00')],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 17:00', series('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '17:00')],
  ])('%s', (text, schedule) => {
    expect(parsed(text)).toEqual(schedule)
  })

  it.each([
    ['单次 2027-01-05 09:00', { rrule: null, date: '2027-01-05', start: '09:00', end: null }],
    ['单次：2027/1/5 9:00-11:30', { rrule: null, date: '2027-01-05', start: '09:00', end: '11:30' }],
    ['2027年1月5日 下午3点', { rrule: null, date: '2027-01-05', start: '15:00', end: null }],
  ])('a one-off: %s', (text, schedule) => {
    expect(parsed(text)).toEqual(schedule)
  })

  it.each([
    ['上午9点', '09:00'], ['上午9点半', '09:30'], ['9:30', '09:30'], ['9点30分', '09:30'], ['下午2点', '14:00'],
    ['下午2:15', '14:15'], ['晚上7点', '19:00'], ['中午12点', '12:00'], ['中午1点', '13:00'], ['下午三点一刻', '15:15'],
    ['十点', '10:00'], ['晚上十一点', '23:00'],
  ])('reads the clock %s as %s', (clock, hhmm) => {
    expect(parsed(`每周二 ${clock}`).start).toBe(hhmm)
  })

  it.each([
    ['下午2-4点', '14:00', '16:00'], ['下午2点-4点', '14:00', '16:00'], ['上午9点至11点半', '09:00', '11:30'],
    ['上午11点-1点', '11:00', '13:00'], ['上午9点-下午1点', '09:00', '13:00'], ['晚上7:30~9点', '19:30', '21:00'],
    ['14:00到16:00', '14:00', '16:00'], ['9:00—11:00', '09:00', '11:00'],
  ])('reads the range %s', (range, start, end) => {
    expect(parsed(`每周二 ${range}`)).toMatchObject({ start, end })
  })

  it('reads full-width digits, colons, dashes and spaces as their plain forms', () => {
    expect(parsed('每周二　０９：００－１１：００')).toEqual(series('FREQ=WEEKLY;BYDAY=TU', '09:00', '11:00'))
    expect(parsed('单次　２０２７－０１－０５　０９：００')).toEqual({ rrule: null, date: '2027-01-05', start: '09:00', end: null })
    expect(parsed('每月１５日，至２０２７－０６－３０')).toEqual(series('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20270630'))
  })

  it.each([
    ['', '时间规则为空'],
    ['   ', '时间规则为空'],
    ['随便什么时候', '“随便什么时候”无法理解'],
    ['每周八 09:00', '“八 09:00”无法理解'],
    ['每周二 25:00', '时间“25:00”不存在'],
    ['每周二 11:00-09:00', '结束时间 09:00 不晚于开始时间 11:00'],
    ['每周二 9', '“9”无法理解'],
    ['每月第六个周五', '最多有 5 个'],
    ['每月第二个 19:00', '这里应写星期几'],
    ['每年2月30日', '2月没有30日'],
    ['单次 2027-02-30 09:00', '日期“2027-02-30”不存在'],
    ['单次 明天', '单次活动请写日期'],
    ['每月第一个周一、15日', '同时写了星期和日期'],
    ['每周二 上午13点', '上午没有 13 点'],
    ['FREQ=HOURLY', '不是有效的 RRULE'],
    ['每周二 09:00 备注', '“备注”无法理解'],
    ['每隔两周周六', '请写成 每两周、每3周'],
  ])('explains what it did not understand in %j', (text, message) => {
    const result = parseSchedulePhrase(text)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toContain(message)
  })
})
