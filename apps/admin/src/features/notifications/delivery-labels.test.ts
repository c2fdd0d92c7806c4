import { describe, expect, it } from 'vitest'
import { DELIVERY_STATUSES, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@linli/contracts'
import type { Translate } from '../../composables/api-error'
import zhCN from '../../i18n/zh-CN'
import en from '../../i18n/en'
import { ageText, canResend, deliveryReason, deliveryTime, statusDetails } from './delivery-labels'

// A tiny stand-in for vue-i18n's t/te over the real messages.
const translator = (messages: object): Translate => (key, params = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])) : undefined
}
const zh = translator(zhCN)
const english = translator(en)

describe('delivery labels', () => {
  it('names every kind, channel and status in both languages, each differently', () => {
    for (const t of [zh, english]) {
      const kinds = NOTIFICATION_KINDS.map((k) => t(`notifications.kinds.${k}`))
      expect(kinds.every(Boolean)).toBe(true)
      expect(new Set(kinds).size).toBe(NOTIFICATION_KINDS.length)
      expect(NOTIFICATION_CHANNELS.map((c) => t(`notifications.channels.${c}`)).every(Boolean)).toBe(true)
      expect(DELIVERY_STATUSES.map((s) => t(`notifications.statuses.${s}`)).every(Boolean)).toBe(true)
    }
    expect(NOTIFICATION_CHANNELS.map((c) => zh(`notifications.channels.${c}`))).toEqual(['站内', '推送', '短信'])
    expect(DELIVERY_STATUSES.map((s) => zh(`notifications.statuses.${s}`))).toEqual(['待发送', '已发送', '重试中', '发送失败', '未发送'])
  })

  it('offers a resend only for what was tried and failed', () => {
    expect(DELIVERY_STATUSES.filter(canResend)).toEqual(['failed', 'dead'])
  })

  it('shows times on the center’s wall clock, with the year only when it is another', () => {
    const now = new Date('2026-12-06T08:00:00Z')
    expect(deliveryTime('2026-12-05T16:30:00Z', 'Asia/Shanghai', now)).toBe('12-06 00:30')
    expect(deliveryTime('2025-12-31T15:59:00Z', 'Asia/Shanghai', now)).toBe('2025-12-31 23:59')
  })

  it('words known reasons and keeps unknown ones as the provider said them', () => {
    expect(deliveryReason(null, zh)).toBeNull()
    expect(deliveryReason('not_configured: the sms channel is not set up on this server', zh)).toBe('本服务器未开通该渠道')
    expect(deliveryReason('gave up after 5 tries: provider answered 503', zh)).toBe('重试 5 次后放弃：provider answered 503')
    expect(deliveryReason('gave up after 2 tries: opted_out: channel off', english)).toBe('Gave up after 2 tries: The resident turned this channel off')
    expect(deliveryReason('mystery: something odd', zh)).toBe('mystery: something odd')
  })

  it('tells when a retry is due and why the last try failed, or why nothing was sent', () => {
    const tz = 'Asia/Shanghai'
    expect(statusDetails({ status: 'failed', nextAttemptAt: '2026-12-06T06:05:00Z', lastError: 'provider answered 503' }, tz, zh))
      .toEqual(['下次重试 12-06 14:05', '原因：provider answered 503'])
    expect(statusDetails({ status: 'skipped', nextAttemptAt: null, lastError: 'daily_cap: 3 a day' }, tz, zh)).toEqual(['原因：已达当天发送上限'])
    expect(statusDetails({ status: 'dead', nextAttemptAt: null, lastError: null }, tz, zh)).toEqual([])
    expect(statusDetails({ status: 'sent', nextAttemptAt: null, lastError: null }, tz, zh)).toEqual([])
  })

  it('gives a waiting time in its largest whole unit', () => {
    expect([45, 60 * 12 + 5, 3600 * 3, 86_400 * 2 + 100].map((s) => ageText(s, zh))).toEqual(['45 秒', '12 分钟', '3 小时', '2 天'])
  })
})
