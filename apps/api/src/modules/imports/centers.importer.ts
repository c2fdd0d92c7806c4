import { DEFAULT_TIME_ZONE } from '@linli/contracts'
import type { CenterChanges, NewCenter } from '../../db/schema'
import { type CenterImportRow, centerColumns } from '../../spreadsheets/columns/centers'
import { centersNamed, insertCenters, regionsWithin, updateCenters } from '../centers/bulk.repository'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'
import { firstRowOf } from './in-file'

interface Plan { creates: NewCenter[]; updates: { id: string; changes: CenterChanges }[] }

/**
 * A region's centers by 中心名称 (unique across the installation), placed by 所属区域: the
 * region imported into or one below it. New centers start without opening hours, set on the center page.
 */
export const centersImporter: Importer<CenterImportRow, Plan> = {
  kind: 'centers',
  scope: 'region',
  title: '中心',
  columns: centerColumns,
  async validate(db, rows, ctx) {
    const regions = await regionsWithin(db, ctx.regionId!)
    const inScope = new Set(regions.map((r) => r.id))
    const problems = rowErrors()
    const firstRow = firstRowOf(rows, (r) => r.values.name, (row, name, first) => problems.add(row, '中心名称', `中心“${name}”在第 ${first} 行已有，同一文件中每个中心只能出现一次`))
    const existing = new Map((await centersNamed(db, [...firstRow.keys()])).map((c) => [c.name, c]))
    const plan: Plan = { creates: [], updates: [] }
    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      if (firstRow.get(v.name) !== row) return undefined
      const matches = regions.filter((r) => r.name === v.region)
      if (matches.length === 0) return void problems.add(row, '所属区域', `在您管理的区域中找不到“${v.region}”，请填写区、街道或社区的全称`)
      if (matches.length > 1) return void problems.add(row, '所属区域', `有 ${matches.length} 个区域都叫“${v.region}”，请在区域页改名以区分后再导入`)
      const regionId = matches[0]!.id
      const center = existing.get(v.name)
      if (center && !inScope.has(center.region_id)) return void problems.add(row, '中心名称', `“${v.name}”已是其他区域的中心名称，中心名称不能重复`)
      if (!center) {
        plan.creates.push({
          region_id: regionId, name: v.name, address: v.address, area_m2: v.areaM2, time_zone: DEFAULT_TIME_ZONE, opening_hours: '[]',
          contact_name: v.contactName, contact_phone: v.contactPhone,
        })
        return 'created'
      }
      const changes: CenterChanges = {}
      if (center.region_id !== regionId) changes.region_id = regionId
      if (center.address !== v.address) changes.address = v.address
      if (center.area_m2 !== v.areaM2) changes.area_m2 = v.areaM2
      if (v.contactName !== null && center.contact_name !== v.contactName) changes.contact_name = v.contactName
      if (v.contactPhone !== null && center.contact_phone !== v.contactPhone) changes.contact_phone = v.contactPhone
      if (Object.keys(changes).length === 0) return 'unchanged'
      plan.updates.push({ id: center.id, changes: { ...changes, updated_at: ctx.now } })
      return 'updated'
    })
    return { outcomes, errors: problems.errors, plan }
  },
  async apply(trx, { plan }) {
    await insertCenters(trx, plan.creates)
    await updateCenters(trx, plan.updates)
  },
}
