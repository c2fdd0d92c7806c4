/**
 * Rules community centers use again and again, offered as one click in the admin. School-day
 * classes use weekdays; holidays and school breaks are removed as exdates, since no RRULE knows
 * China's adjusted working days.
 */
export interface RulePreset {
  id: string
  rule: string
  labelZh: string
  labelEn: string
}

export const presets: readonly RulePreset[] = [
  { id: 'party_day', rule: 'FREQ=MONTHLY;BYDAY=2FR', labelZh: '主题党日（每月第二个周五）', labelEn: 'Themed Party Day (second Friday of each month)' },
  { id: 'after_school', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', labelZh: '四点半课堂（每个上学日）', labelEn: 'After-school class (every school day)' },
  { id: 'science_saturday', rule: 'FREQ=MONTHLY;BYDAY=1SA', labelZh: '科普活动（每月第一个周六）', labelEn: 'Science outreach (first Saturday of each month)' },
  { id: 'seniors_birthday', rule: 'FREQ=MONTHLY;BYDAY=-1SU', labelZh: '老人集体生日会（每月最后一个周日）', labelEn: "Seniors' group birthday (last Sunday of each month)" },
  { id: 'party_members_day', rule: 'FREQ=MONTHLY;BYMONTHDAY=15', labelZh: '党员活动日（每月 15 日）', labelEn: "Party members' day (the 15th of each month)" },
  // Every third month from the start rather than fixed calendar quarters: the admin's builder can
  // edit this shape, and the first meeting's month sets the cycle.
  { id: 'quarterly_meeting', rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU', labelZh: '季度联席会议（每 3 个月的第一个周二）', labelEn: 'Quarterly joint meeting (first Tuesday every 3 months)' },
  { id: 'weekly', rule: 'FREQ=WEEKLY', labelZh: '每周（与首次活动同一天）', labelEn: 'Weekly (same weekday as the first time)' },
  { id: 'daily', rule: 'FREQ=DAILY', labelZh: '每天', labelEn: 'Daily' },
]
