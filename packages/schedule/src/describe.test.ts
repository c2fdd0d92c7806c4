import { describe, expect, it } from 'vitest'
import { describeRule } from './describe'
import { presets } from './presets'
import { parseRule } from './rule'

describe('describeRule', () => {
  it.each([
    ['party_day', '每月第二个周五', 'Monthly on the second Friday'],
    ['after_school', '每周一至周五', 'Weekly on Monday to Friday'],
    ['science_saturday', '每月第一个周六', 'Monthly on the first Saturday'],
    ['seniors_birthday', '每月最后一个周日', 'Monthly on the last Sunday'],
    ['party_members_day', '每月 15 日', 'Monthly on day 15'],
    ['quarterly_meeting', '每 3 个月的第一个周二', 'Every 3 months on the first Tuesday'],
    ['weekly', '每周', 'Weekly'],
    ['daily', '每天', 'Daily'],
  ])('describes the %s preset', (id, zh, en) => {
    const preset = presets.find((p) => p.id === id)
    expect(preset).toBeDefined()
    expect(describeRule(preset!.rule, 'zh-CN')).toBe(zh)
    expect(describeRule(preset!.rule, 'en')).toBe(en)
  })

  it.each([
    ['FREQ=WEEKLY;BYDAY=TU,TH', '每周二、周四', 'Weekly on Tuesday and Thursday'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=10', '每 2 周的周三，共 10 次', 'Every 2 weeks on Wednesday, 10 times'],
    ['FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270630', '每月最后一个周日，至 2027-06-30', 'Monthly on the last Sunday, until 2027-06-30'],
    ['FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270630T235959', '每月最后一个周日，至 2027-06-30', 'Monthly on the last Sunday, until 2027-06-30'],
    ['FREQ=DAILY;UNTIL=19971224T000000Z', '每天，至 1997-12-24 00:00 UTC', 'Daily, until 1997-12-24 00:00 UTC'],
    ['FREQ=DAILY;INTERVAL=2', '每 2 天', 'Every 2 days'],
    ['FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', '每周一至周五', 'Weekly on Monday to Friday'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', '每周一、周三、周五', 'Weekly on Monday, Wednesday and Friday'],
    ['FREQ=WEEKLY;BYDAY=SA,SU,MO,TU', '每周一、周二、周六、周日', 'Weekly on Monday, Tuesday, Saturday and Sunday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,FR,SA', '每周一至周三、周五、周六', 'Weekly on Monday to Wednesday, Friday and Saturday'],
    ['FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU', '每 2 个月的第一个周日、最后一个周日，共 10 次', 'Every 2 months on the first Sunday and the last Sunday, 10 times'],
    ['FREQ=MONTHLY;COUNT=6;BYDAY=-2MO', '每月倒数第二个周一，共 6 次', 'Monthly on the second-to-last Monday, 6 times'],
    ['FREQ=MONTHLY;BYMONTHDAY=-3', '每月倒数第 3 天', 'Monthly on the third-to-last day'],
    ['FREQ=MONTHLY;COUNT=1;BYMONTHDAY=1,-1', '每月 1 日、最后一天，共 1 次', 'Monthly on day 1 and the last day, once'],
    ['FREQ=MONTHLY;INTERVAL=2;BYDAY=TU', '每 2 个月的每个周二', 'Every 2 months on every Tuesday'],
    ['FREQ=MONTHLY', '每月', 'Monthly'],
    ['FREQ=YEARLY', '每年', 'Yearly'],
    ['FREQ=YEARLY;INTERVAL=2', '每 2 年', 'Every 2 years'],
    ['FREQ=YEARLY;COUNT=10;BYMONTH=6,7', '每年 6 月、7 月，共 10 次', 'Yearly in June and July, 10 times'],
    ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=5', '每年 3 月 5 日', 'Yearly on March 5'],
    ['FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=1TU', '每 4 年的 11 月第一个周二', 'Every 4 years on the first Tuesday of November'],
    ['rrule:freq=monthly;byday=2fr', '每月第二个周五', 'Monthly on the second Friday'],
  ])('%s', (rule, zh, en) => {
    expect(describeRule(rule, 'zh-CN')).toBe(zh)
    expect(describeRule(rule, 'en')).toBe(en)
  })

  it.each([
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    'FREQ=YEARLY;BYDAY=20MO',
    'FREQ=DAILY;INTERVAL=2;BYDAY=MO',
  ])('falls back to the rule itself for %s', (rule) => {
    expect(describeRule(rule, 'zh-CN')).toBe(rule)
    expect(describeRule(rule, 'en')).toBe(rule)
  })

  it('falls back to the normalised rule, or the input when it is not a rule', () => {
    expect(describeRule('RRULE:freq=monthly;byday=fr;bymonthday=13', 'en')).toBe('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13')
    expect(describeRule('FREQ=HOURLY', 'zh-CN')).toBe('FREQ=HOURLY')
  })
})

describe('presets', () => {
  it('are valid, normalised, unique rules with both labels', () => {
    expect(presets.length).toBeGreaterThanOrEqual(7)
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length)
    for (const preset of presets) {
      expect(parseRule(preset.rule)).toEqual({ ok: true, rule: preset.rule })
      expect(preset.labelZh).not.toBe('')
      expect(preset.labelEn).not.toBe('')
    }
  })

  it('include the rules community centers asked for', () => {
    const rules = presets.map((p) => p.rule)
    expect(rules).toEqual(expect.arrayContaining([
      'FREQ=MONTHLY;BYDAY=2FR', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'FREQ=MONTHLY;BYDAY=1SA', 'FREQ=MONTHLY;BYDAY=-1SU',
      'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU', 'FREQ=WEEKLY',
    ]))
  })
})
