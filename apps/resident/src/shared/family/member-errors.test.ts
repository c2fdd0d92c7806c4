import { describe, expect, it } from 'vitest'
import { ApiError } from '@linli/api-client'
import zh from '../../i18n/family.zh-CN'
import { forMemberText, memberOf } from './member-errors'

const t = (key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh)
  return String(text).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]))
}
const te = (key: string) => key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh) !== undefined
const refusal = (code: string, member?: string) =>
  new ApiError({ statusCode: 403, code, message: 'x', ...(member && { details: [{ path: 'forResidentId', message: member }] }) })

describe('words for a refusal while acting for a family member', () => {
  it('speaks of the member for rules about the person, and says whom it was for otherwise', () => {
    expect(memberOf(refusal('resident_suspended', '王桂兰'))).toBe('王桂兰')
    expect(forMemberText(t, te, refusal('resident_suspended', '王桂兰'), '您因多次爽约……')).toMatch(/^王桂兰 因多次爽约/)
    expect(forMemberText(t, te, refusal('weekly_quota_reached', '王桂兰'), '…', { quota: 2 })).toContain('每周 2 次')
    expect(forMemberText(t, te, refusal('slot_taken', '王桂兰'), '刚刚有人订了这个时段。')).toBe('为 王桂兰 办理时：刚刚有人订了这个时段。')
  })

  it('leaves the resident\'s own refusals as they are', () => {
    expect(forMemberText(t, te, refusal('resident_suspended'), '您因多次爽约……')).toBe('您因多次爽约……')
    expect(forMemberText(t, te, new Error('offline'), '网络断了')).toBe('网络断了')
  })
})
