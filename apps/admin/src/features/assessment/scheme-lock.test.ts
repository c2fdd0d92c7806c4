import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import zhCN from './i18n/zh-CN'
import en from './i18n/en'
import { recentQuarters } from './quarters'
import { schemeNote } from './scheme-lock'

const i18n = createI18n({ legacy: false, locale: 'zh-CN', messages: { 'zh-CN': zhCN, en } })
const say = (locale: 'zh-CN' | 'en', key: string, params: object) => i18n.global.t(key, params as Record<string, unknown>, { locale })

describe('the scheme editor around closed quarters', () => {
  it('locks once the current quarter is closed, naming the time in the districts\' zone and when editing comes back', () => {
    // 12:15 UTC is 20:15 in Shanghai, whatever zone the browser is in.
    const note = schemeNote('2026-Q4', '2026-12-07T12:15:00Z', { quarter: '2026-Q4', closedAt: '2026-12-07T12:15:00Z' })
    expect(note).toEqual({ kind: 'locked', quarter: '2026-Q4', time: '2026-12-07 20:15', next: '2027-Q1', from: '2027-01-01' })
    expect(say('zh-CN', 'assessment.schemeLocked', note!))
      .toBe('本季度（2026-Q4）考核已于 2026-12-07 20:15 结束，分数已冻结。考核方案在本季度内不能修改，2027-Q1 开始（2027-01-01）后方可调整。')
    expect(say('en', 'assessment.schemeLocked', note!)).toContain('was closed at 2026-12-07 20:15')
    // Still locked while an earlier quarter is looked at: the API refuses by the current quarter.
    expect(schemeNote('2026-Q2', '2026-06-30T15:00:00Z', { quarter: '2026-Q1', closedAt: null }))
      .toMatchObject({ kind: 'locked', quarter: '2026-Q2', time: '2026-06-30 23:00', next: '2026-Q3', from: '2026-07-01' })
  })

  it('stays editable with a closed earlier quarter chosen, saying saving leaves its scores alone', () => {
    const note = schemeNote('2026-Q4', null, { quarter: '2026-Q3', closedAt: '2026-09-30T16:30:00Z' })
    expect(note).toEqual({ kind: 'earlier', quarter: '2026-Q3', time: '2026-10-01 00:30', current: '2026-Q4' })
    expect(say('zh-CN', 'assessment.schemeEarlier', note!)).toBe(
      '2026-Q3 考核已于 2026-10-01 00:30 结束，分数已按当时的方案冻结，保存方案不会改变它；保存的方案用于 2026-Q4 及其他尚未结束的季度。',
    )
    expect(schemeNote('2026-Q4', null, { quarter: '2026-Q4', closedAt: null })).toBeNull()
    expect(schemeNote('2026-Q4', null, null)).toBeNull()
  })

  it('counts quarters by the districts\' clock, as the API does', () => {
    // 2026-12-31 16:30 UTC is already 2027-01-01 in Shanghai.
    expect(recentQuarters(new Date('2026-12-31T16:30:00Z'), 3)).toEqual(['2027-Q1', '2026-Q4', '2026-Q3'])
    expect(recentQuarters(new Date('2026-12-31T15:30:00Z'), 2)).toEqual(['2026-Q4', '2026-Q3'])
  })
})
