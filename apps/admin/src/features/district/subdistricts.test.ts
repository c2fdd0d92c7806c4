import { describe, expect, it } from 'vitest'
import type { Region } from '@linli/contracts'
import { subdistrictsOf } from './subdistricts'

const region = (id: string, parentId: string | null, level: Region['level'], name = id): Region => ({ id, parentId, level, name, createdAt: '2026-11-01T00:00:00Z' })

describe('subdistricts of a region', () => {
  const regions = [
    region('c1', 's2', 'community'), region('s2', 'd', 'subdistrict', '经八路街道'), region('d', null, 'district'),
    region('s1', 'd', 'subdistrict', '凤凰台街道'), region('x', null, 'district'), region('s3', 'x', 'subdistrict', '外区街道'),
  ]
  it("lists a district's subdistricts and none of another district's", () => {
    expect(subdistrictsOf(regions, 'd').map((r) => r.id).sort()).toEqual(['s1', 's2'])
  })
  it('gives a subdistrict admin their own subdistrict', () => {
    expect(subdistrictsOf(regions, 's2').map((r) => r.id)).toEqual(['s2'])
  })
})
