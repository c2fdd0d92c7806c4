import type { Region, RegionLevel } from '@linli/contracts'

export interface RegionNode {
  value: string
  label: string
  level: RegionLevel
  children: RegionNode[]
}

/**
 * Flat regions → district > subdistrict > community tree for el-tree-select, sorted by name.
 * With `rootId`, only that region and what lies below it (a district admin's scope).
 */
export function buildRegionTree(regions: Region[], rootId?: string | null): RegionNode[] {
  const nodes = new Map<string, RegionNode>()
  for (const r of regions) nodes.set(r.id, { value: r.id, label: r.name, level: r.level, children: [] })
  const roots: RegionNode[] = []
  for (const r of regions) {
    const node = nodes.get(r.id)!
    const parent = r.parentId ? nodes.get(r.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
    list.forEach((n) => sort(n.children))
    return list
  }
  if (rootId) {
    const root = nodes.get(rootId)
    return root ? sort([root]) : []
  }
  return sort(roots)
}

/** "金水区 / 经八路街道 / 黄河社区" for a region id, or undefined when it is not loaded. */
export function regionPath(regions: Region[], regionId: string): string | undefined {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const names: string[] = []
  let current = byId.get(regionId)
  while (current && names.length < 10) {
    names.unshift(current.name)
    current = current.parentId ? byId.get(current.parentId) : undefined
  }
  return names.length ? names.join(' / ') : undefined
}
