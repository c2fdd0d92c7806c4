import { describe, expect, it } from 'vitest'
import { exportFileName, exportFileText } from './export-file'

describe('the downloaded data file', () => {
  it('is named with the phone\'s own date', () => {
    expect(exportFileName(new Date(2026, 11, 6, 23, 59))).toBe('linli-my-data-2026-12-06.json')
    expect(exportFileName(new Date(2027, 0, 1, 0, 0))).toBe('linli-my-data-2027-01-01.json')
  })

  it('is indented JSON that reads back the same', () => {
    const data = { profile: { name: '王秀英' }, bookings: [] }
    const text = exportFileText(data)
    expect(text).toContain('\n  "profile": {\n    "name": "王秀英"')
    expect(JSON.parse(text)).toEqual(data)
  })
})
