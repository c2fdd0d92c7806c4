import { describe, expect, it } from 'vitest'
import type { Announcement } from '@linli/contracts'
import { MAX_DWELL_MS, MIN_DWELL_MS, dwellMs, openingText, splitText, textWidth, tickerPages } from './ticker-pages'

const announcement = (id: string, text: string, priority: 'normal' | 'high' = 'normal', startsAt = '2026-11-22T08:00:00+08:00'): Announcement => ({
  id, text, priority, centerId: 'c', regionId: null, startsAt, endsAt: '2026-11-23T00:00:00+08:00', createdAt: startsAt,
})
const now = Date.parse('2026-11-22T10:00:00+08:00')

describe('textWidth', () => {
  it('counts Chinese characters as one em and Latin as about half', () => {
    expect(textWidth('党群服务')).toBe(4)
    expect(textWidth('Wi-Fi')).toBeCloseTo(2.75)
  })
})

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('  本周六上午义诊。 ', 20)).toEqual(['本周六上午义诊。'])
  })

  it('breaks at sentence ends first', () => {
    expect(splitText('本周六上午义诊。请带好医保卡。欢迎参加！', 12)).toEqual(['本周六上午义诊。', '请带好医保卡。欢迎参加！'])
  })

  it('breaks an over-long sentence after a comma near the end, else anywhere', () => {
    expect(splitText('一二三四五六七，八九十一二', 8)).toEqual(['一二三四五六七，', '八九十一二'])
    expect(splitText('一二三四五六七八九十', 4)).toEqual(['一二三四', '五六七八', '九十'])
  })
})

describe('dwellMs', () => {
  it('gives slow readers time, within bounds', () => {
    expect(dwellMs('短')).toBe(MIN_DWELL_MS)
    expect(dwellMs('字'.repeat(60))).toBe(13_200)
    expect(dwellMs('字'.repeat(500))).toBe(MAX_DWELL_MS)
  })
})

describe('tickerPages', () => {
  it('puts important announcements first, then the newest, and drops ended ones', () => {
    const pages = tickerPages([
      announcement('old', '旧通知', 'normal', '2026-11-21T08:00:00+08:00'),
      announcement('new', '新通知', 'normal', '2026-11-22T09:00:00+08:00'),
      announcement('urgent', '停水通知', 'high'),
      { ...announcement('ended', '已结束', 'high'), endsAt: '2026-11-22T09:30:00+08:00' },
    ], now, 40)
    expect(pages.map((p) => [p.text, p.high])).toEqual([['停水通知', true], ['新通知', false], ['旧通知', false]])
  })

  it('numbers the parts of a long announcement', () => {
    const pages = tickerPages([announcement('a', '第一句话很长。第二句话也长。', 'normal')], now, 8)
    expect(pages.map((p) => [p.text, p.part, p.parts])).toEqual([['第一句话很长。', 1, 2], ['第二句话也长。', 2, 2]])
  })
})

describe('openingText', () => {
  it('lists today\'s opening intervals in order, or nothing when closed', () => {
    const hours = [
      { weekday: 1, opens: '14:00', closes: '21:00' }, { weekday: 1, opens: '08:30', closes: '12:00' }, { weekday: 2, opens: '09:00', closes: '17:00' },
    ]
    expect(openingText(hours, 1, 'zh-CN')).toBe('08:30–12:00、14:00–21:00')
    expect(openingText(hours, 1, 'en')).toBe('08:30–12:00, 14:00–21:00')
    expect(openingText(hours, 7, 'zh-CN')).toBe('')
  })
})
