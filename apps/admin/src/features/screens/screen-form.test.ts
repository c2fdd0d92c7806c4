import { describe, expect, it } from 'vitest'
import type { Screen } from '@linli/contracts'
import { CODE_PATTERN, normalizeCode, screenRules, toPairBody, toScreenForm, toScreenUpdate } from './screen-form'

const screen: Screen = {
  id: 's1', centerId: 'c1', name: '一楼大厅', layout: 'lobby', language: 'zh-CN', roomId: null,
  panelInches: 55, viewingDistanceM: 3, showRecords: true, online: true, stale: false, lastSeenAt: '2026-12-11T01:00:00.000Z', appVersion: '1.0.0', createdAt: '2026-12-01T00:00:00.000Z',
}

describe('normalizeCode', () => {
  it('upper-cases, drops separators and stops at six characters', () => {
    expect(normalizeCode(' ab3-k7x ')).toBe('AB3K7X')
    // Pasted as the screen shows it: the space must not cost the last character.
    expect(normalizeCode('MGF 56V')).toBe('MGF56V')
    expect(normalizeCode('m-g f\u300056v')).toBe('MGF56V')
    expect(normalizeCode('abc def ghi')).toBe('ABCDEF')
    expect(CODE_PATTERN.test(normalizeCode('k7m2pq'))).toBe(true)
    expect(CODE_PATTERN.test('K7M0PQ')).toBe(false)
  })
})

describe('screen form mapping', () => {
  it('starts a new screen as a Chinese lobby board', () => {
    expect(toScreenForm()).toEqual({ code: '', name: '', layout: 'lobby', language: 'zh-CN', roomId: null, panelInches: 55, viewingDistanceM: 3, showRecords: true })
  })

  it('pairs with a clean code and name, and a room only for a door panel', () => {
    const form = { code: 'k7m-2pq', name: ' 二楼门牌 ', layout: 'door' as const, language: 'en' as const, roomId: 'r1', panelInches: 21.5, viewingDistanceM: 1, showRecords: true }
    expect(toPairBody(form)).toEqual({ code: 'K7M2PQ', name: '二楼门牌', layout: 'door', language: 'en', roomId: 'r1', panelInches: 21.5, viewingDistanceM: 1, showRecords: true })
    expect(toPairBody({ ...form, layout: 'week' }).roomId).toBeNull()
  })

  it('sends only what changed', () => {
    expect(toScreenUpdate(toScreenForm(screen), screen)).toEqual({})
    expect(toScreenUpdate({ ...toScreenForm(screen), name: '大厅 A ' }, screen)).toEqual({ name: '大厅 A' })
    expect(toScreenUpdate({ ...toScreenForm(screen), layout: 'door', roomId: 'r2' }, screen)).toEqual({ layout: 'door', roomId: 'r2' })
    expect(toScreenUpdate({ ...toScreenForm(screen), panelInches: 65, viewingDistanceM: 4.5 }, screen)).toEqual({ panelInches: 65, viewingDistanceM: 4.5 })
    expect(toScreenUpdate({ ...toScreenForm(screen), showRecords: false }, screen)).toEqual({ showRecords: false })
    expect(toPairBody({ ...toScreenForm(), code: 'k7m2pq', name: '大厅', showRecords: false }).showRecords).toBe(false)
  })

  it('forgets the room when a door panel becomes a lobby board', () => {
    const door = { ...screen, layout: 'door' as const, roomId: 'r2' }
    expect(toScreenUpdate({ ...toScreenForm(door), layout: 'lobby' }, door)).toEqual({ layout: 'lobby', roomId: null })
  })
})

describe('screenRules', () => {
  const t = (key: string) => key
  const check = (form: ReturnType<typeof toScreenForm>, field: 'roomId' | 'code') => {
    const rules = screenRules(t, true, () => form)[field] as { validator?: (r: unknown, v: unknown, cb: (e?: Error) => void) => void }[]
    let error: Error | undefined
    rules.find((r) => r.validator)!.validator!({}, form[field], (e) => (error = e))
    return error?.message
  }

  it('asks a door panel for its room, reading the layout from the whole form', () => {
    expect(check({ ...toScreenForm(), layout: 'door' }, 'roomId')).toBe('screens.roomRequired')
    expect(check({ ...toScreenForm(), layout: 'door', roomId: 'r1' }, 'roomId')).toBeUndefined()
    expect(check({ ...toScreenForm(), layout: 'lobby' }, 'roomId')).toBeUndefined()
  })

  it('refuses codes the screens never show', () => {
    expect(check({ ...toScreenForm(), code: 'K7M0PQ' }, 'code')).toBe('screens.codeInvalid')
    expect(check({ ...toScreenForm(), code: 'k7m2pq' }, 'code')).toBeUndefined()
  })
})
