import type { Region } from '@linli/contracts'

/** The subdistricts (街道) in a region's subtree, by name: the region itself when it is one. */
export function subdistrictsOf(regions: Region[], rootId: string): Region[] {
  const within = new Set([rootId])
  // Parents come before children in no particular order: repeat until nothing new joins.
  for (let grew = true; grew;) {
    grew = false
    for (const r of regions) {
      if (r.parentId && within.has(r.parentId) && !within.has(r.id)) {
        within.add(r.id)
        grew = true
      }
    }
  }
  return regions.filter((r) => r.level === 'subdistrict' && within.has(r.id)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
}
