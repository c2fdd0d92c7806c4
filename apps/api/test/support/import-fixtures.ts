import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { previewImport } from '../../src/modules/imports/engine'
import { importers } from '../../src/modules/imports/registry'
import { newStaff } from './factories'

/** A one-room CSV with a name of its own, as the rooms template has it. */
export const roomsCsv = () => Buffer.from(`\ufeff房间名称,类型,容量,楼层,预约方式\r\n导入房间${Math.random().toString(36).slice(2, 8)},会议室,12,2,居民可预约\r\n`)

/** A centers CSV whose region no one has: a preview (201) that shows the row's error. */
export const centersCsv = () => Buffer.from(`\ufeff中心名称,所属区域,地址,面积（平方米）\r\n导入中心${Math.random().toString(36).slice(2, 8)},无此街道,郑州市,1000\r\n`)

/** Spreadsheet imports (module imports): a fresh previewed batch of the side's center per call, made through the engine. */
export function importFixtures(app: App, db: Database, centerId: string) {
  let uploader: Promise<string> | undefined
  const importBatch = async () => {
    const staffId = await (uploader ??= newStaff(db, 'center_staff', { centerId }).then((s) => s.id))
    const actor = { id: staffId, role: 'center_staff' as const, regionId: null, centerId }
    return (await previewImport(db, importers.rooms!, roomsCsv(), { actor, centerId, regionId: null, now: app.clock() })).id
  }
  return { importBatch }
}
