import { describe, expect, it } from 'vitest'
import type { Region } from '@linli/contracts'
import { buildRegionTree, regionPath } from './region-tree'

const at = '2026-01-01T00:00:00.000Z'
const region = (id: string, parentId: string | null, level: Region['level'], name: string): Region =>
  ({ id, parentId, level, name, createdAt: at })

const regions = [
  region('c1', 's1', 'community', '黄河社区'),
  region('d1', null, 'district', '金水区'),
  region('s1', 'd1', 'subdistrict', '经八路街道'),
  region('d2', null, 'district', '郑东新区'),
  region('orphan', 'missing', 'community', '如意社区'),
]

describe('region tree', () => {
  it('nests communities under subdistricts under districts, keeping out-of-scope parents as roots', () => {
    const tree = buildRegionTree(regions)
    expect(tree.map((n) => n.value).sort()).toEqual(['d1', 'd2', 'orphan'])
    const jinshui = tree.find((n) => n.value === 'd1')!
    expect(jinshui.children[0]?.label).toBe('经八路街道')
    expect(jinshui.children[0]?.children[0]).toMatchObject({ value: 'c1', level: 'community', children: [] })
  })

  it('cuts the tree down to one region and what lies below it', () => {
    const tree = buildRegionTree(regions, 's1')
    expect(tree).toHaveLength(1)
    expect(tree[0]).toMatchObject({ value: 's1', children: [{ value: 'c1' }] })
    expect(buildRegionTree(regions, 'unknown')).toEqual([])
  })

  it('spells the path from the district down', () => {
    expect(regionPath(regions, 'c1')).toBe('金水区 / 经八路街道 / 黄河社区')
    expect(regionPath(regions, 'nope')).toBeUndefined()
  })
})
