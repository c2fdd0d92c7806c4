import { type RegionLevel, regionLevelLabels } from '@linli/contracts'
import { type RegionImportRow, regionColumns } from '../../spreadsheets/columns/regions'
import { childLevel } from '../regions/region-levels'
import { insertRegion } from '../regions/regions.repository'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { regionTreeWithin, regionsNamed } from '../regions/bulk.repository'

/** A region as stored (key: its id) or as a row of the file will create it (key: row:N). */
interface Node { key: string; name: string; level: RegionLevel; parentKey: string | null }
interface Plan { creates: { key: string; parentKey: string; level: RegionLevel; name: string }[] }

const label = (level: RegionLevel) => regionLevelLabels[level]['zh-CN']
const depth: Record<RegionLevel, number> = { district: 0, subdistrict: 1, community: 2 }
const parentLevelOf = (level: RegionLevel) => (Object.keys(childLevel) as RegionLevel[]).find((p) => childLevel[p] === level)!
const siblingKey = (parentKey: string | null, name: string) => `${parentKey}\u0000${name}`

/**
 * A district's region tree: 街道 and 社区 by 区域名称 within 上级区域 (empty: the region uploaded
 * into). Nesting follows the regions module's rule; rows are placed parents first whatever their order
 * in the file, so a 社区 may name a 街道 created further down. Nothing is renamed or moved: a row is
 * created or unchanged.
 */
export const regionsImporter: Importer<RegionImportRow, Plan> = {
  kind: 'regions',
  scope: 'region',
  title: '区域',
  columns: regionColumns,
  async validate(db, rows, ctx) {
    const tree = await regionTreeWithin(db, ctx.regionId!)
    const root = tree.find((r) => r.id === ctx.regionId)!
    const byName = new Map<string, Node[]>()
    const children = new Map<string, Node>()
    const add = (n: Node) => {
      byName.set(n.name, [...(byName.get(n.name) ?? []), n])
      children.set(siblingKey(n.parentKey, n.name), n)
    }
    for (const r of tree) add({ key: r.id, name: r.name, level: r.level, parentKey: r.parent_id })
    const unknownParents = [...new Set(rows.flatMap((r) => (r.values.parent && !byName.has(r.values.parent) ? [r.values.parent] : [])))]
    const elsewhere = new Set((await regionsNamed(db, unknownParents)).map((r) => r.name))

    const problems = rowErrors()
    const failedRowOf = new Map<string, number>()
    const firstRow = new Map<string, number>()
    const outcomes = new Map<number, RowOutcome>()
    const plan: Plan = { creates: [] }
    const fail = (row: number, name: string, column: string, message: string) => {
      problems.add(row, column, message)
      if (!failedRowOf.has(name)) failedRowOf.set(name, row)
    }
    const rootNode: Node = { key: root.id, name: root.name, level: root.level, parentKey: root.parent_id }

    // Shallower levels first, so every possible parent is known before its children are placed.
    for (const { row, values: v } of [...rows].sort((a, b) => depth[a.values.level] - depth[b.values.level])) {
      const wanted = label(parentLevelOf(v.level))
      let parent = rootNode
      if (v.parent === null) {
        if (childLevel[root.level] !== v.level) { fail(row, v.name, '上级区域', `${label(v.level)}的上级区域应是${wanted}，请填写；留空表示直属${root.name}（${label(root.level)}）`); continue }
      } else {
        const named = byName.get(v.parent) ?? []
        const fitting = named.filter((n) => childLevel[n.level] === v.level)
        if (named.length === 0) {
          const failed = failedRowOf.get(v.parent)
          if (failed !== undefined) fail(row, v.name, '上级区域', `上级区域“${v.parent}”在第 ${failed} 行，那一行有错误，请先改正`)
          else if (elsewhere.has(v.parent)) fail(row, v.name, '上级区域', `“${v.parent}”不在${root.name}内，只能导入到您上传的区域之下`)
          else fail(row, v.name, '上级区域', `在${root.name}中找不到上级区域“${v.parent}”，请填写${wanted}的全称（可以是本文件中的${wanted}），或留空表示直属${root.name}`)
          continue
        }
        if (fitting.length === 0) { fail(row, v.name, '上级区域', `${label(v.level)}的上级区域应是${wanted}，“${v.parent}”是${label(named[0]!.level)}`); continue }
        if (fitting.length > 1) { fail(row, v.name, '上级区域', `有 ${fitting.length} 个${wanted}都叫“${v.parent}”，请在区域页改名以区分后再导入`); continue }
        parent = fitting[0]!
      }
      const key = siblingKey(parent.key, v.name)
      const first = firstRow.get(key)
      if (first !== undefined) { problems.add(row, '区域名称', `“${parent.name}”下的“${v.name}”在第 ${first} 行已有，同一上级区域下的名称不能重复`); continue }
      firstRow.set(key, row)
      const existing = children.get(key)
      if (existing) {
        if (existing.level !== v.level) fail(row, v.name, '级别', `“${v.name}”已是${label(existing.level)}，不能改为${label(v.level)}`)
        else outcomes.set(row, 'unchanged')
        continue
      }
      const node: Node = { key: `row:${row}`, name: v.name, level: v.level, parentKey: parent.key }
      add(node)
      plan.creates.push({ key: node.key, parentKey: parent.key, level: v.level, name: v.name })
      outcomes.set(row, 'created')
    }
    return { outcomes: rows.map((r) => outcomes.get(r.row)), errors: problems.errors.sort((a, b) => a.row - b.row), plan }
  },
  async apply(trx, { plan }) {
    // Parents come first in the plan, so a new 社区's 街道 already has its id.
    const ids = new Map<string, string>()
    for (const c of plan.creates) ids.set(c.key, (await insertRegion(trx, { parentId: ids.get(c.parentKey) ?? c.parentKey, level: c.level, name: c.name })).id)
  },
}
