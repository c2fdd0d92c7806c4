import { describe, expect, it } from 'vitest'
import type { ScreenConfig } from '@linli/contracts'
import { forgetDevice, readDeviceToken, readScreenConfig, saveDeviceToken, saveScreenConfig } from './device-store'
import { memoryStore } from '@linli/web-shared'

const config: ScreenConfig = { screenId: 's1', centerId: 'c1', name: '一楼大厅', layout: 'lobby', language: 'zh-CN', roomId: null, panelInches: 65, viewingDistanceM: 4, showRecords: false }

describe('device store', () => {
  it('remembers the token and settings until the device is forgotten', () => {
    const store = memoryStore()
    expect(readDeviceToken(store)).toBeUndefined()
    saveDeviceToken('tok', store)
    saveScreenConfig(config, store)
    expect(readDeviceToken(store)).toBe('tok')
    expect(readScreenConfig(store)).toEqual(config)
    forgetDevice(store)
    expect(readDeviceToken(store)).toBeUndefined()
    expect(readScreenConfig(store)).toBeUndefined()
  })

  it('ignores settings it does not understand', () => {
    const store = memoryStore()
    store.setItem('linli.kiosk.screenConfig', JSON.stringify({ ...config, layout: 'carousel' }))
    expect(readScreenConfig(store)).toBeUndefined()
    store.setItem('linli.kiosk.screenConfig', '{')
    expect(readScreenConfig(store)).toBeUndefined()
  })

  it('reads settings stored before screens had a panel size as a 55-inch panel seen from 3 m, showing 活动风采', () => {
    const store = memoryStore()
    const { panelInches: _p, viewingDistanceM: _d, showRecords: _r, ...older } = config
    store.setItem('linli.kiosk.screenConfig', JSON.stringify(older))
    expect(readScreenConfig(store)).toEqual({ ...older, panelInches: 55, viewingDistanceM: 3, showRecords: true })
  })
})
