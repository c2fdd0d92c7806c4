import { describe, expect, it } from 'vitest'
import type { Translate } from '../../composables/api-error'
import zhCN from '../../i18n/zh-CN'
import { auditLabels, auditTime, subjectName } from './audit-labels'
import { AUDIT_ENTITIES } from './audit-query'

// A tiny stand-in for vue-i18n's t/te over the real Chinese messages.
const translate: Translate = (key, params = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN)
  return typeof text === 'string' ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name])) : undefined
}
const labels = auditLabels(translate)

const ACTIONS = ['create', 'update', 'delete', 'rename', 'cancel', 'approve', 'reject', 'check_in', 'create_for_booker', 'create_series',
  'pair', 'revoke', 'reload', 'identify', 'start', 'clear', 'sign_out_everywhere', 'change_password', 'reset_password']

describe('audit labels', () => {
  it('names every entity and action in Chinese', () => {
    for (const e of AUDIT_ENTITIES) expect(labels.entity(e)).not.toBe(e)
    for (const a of ACTIONS) expect(labels.action(a)).not.toBe(a)
    expect([labels.entity('staff'), labels.action('reset_password')]).toEqual(['人员', '重置密码'])
  })

  it('names the activity a split came from and keeps unknown codes as they are', () => {
    expect(labels.action('split_from:5f0c1d2e-aaaa-bbbb-cccc-000000000000')).toBe('拆分自 5f0c1d2e')
    expect([labels.action('teleport'), labels.entity('spaceship')]).toEqual(['teleport', 'spaceship'])
  })

  it('names the actor, or their kind when there is no name', () => {
    expect(labels.actor({ actorName: '李娜', actorKind: 'staff' })).toBe('李娜')
    expect(labels.actor({ actorName: null, actorKind: 'system' })).toBe('系统')
  })

  it('shows times in China time', () => {
    expect(auditTime('2026-11-21T23:30:05Z')).toBe('2026-11-22 07:30:05')
  })
})

describe('subjectName', () => {
  it('names the subject from its state, else from known names', () => {
    expect(subjectName({ entityId: 's1', before: { displayName: '刘洋' }, after: { displayName: '刘洋洋' } })).toBe('刘洋洋')
    expect(subjectName({ entityId: 'r1', before: { name: '书吧' }, after: null })).toBe('书吧')
    expect(subjectName({ entityId: 's1', before: null, after: null }, new Map([['s1', '张伟']]))).toBe('张伟')
    expect(subjectName({ entityId: 's9', before: null, after: { active: true } })).toBeUndefined()
  })
})
