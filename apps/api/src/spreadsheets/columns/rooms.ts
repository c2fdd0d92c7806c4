import { type RoomAccess, type RoomKind, roomAccessLabels, roomKindLabels } from '@linli/contracts'
import { type Columns, choiceColumn, intColumn, listColumn, textColumn, yesNoColumn } from './column'

/** A center's rooms; matched on import by 房间名称 within the center. */
export const roomColumns = [
  textColumn({ key: 'name', header: '房间名称', headerEn: 'Room name', required: true, max: 60, example: '党员活动室' }),
  choiceColumn({ key: 'kind', header: '类型', headerEn: 'Kind', required: true, example: '党员活动室' }, roomKindLabels),
  intColumn({ key: 'capacity', header: '容量', headerEn: 'Capacity', required: true, min: 1, max: 5000, unit: /\s*人$/, example: '30' }),
  // 2楼, 2层 and B1 (basement one) are how floors are written on the signs.
  intColumn({ key: 'floor', header: '楼层', headerEn: 'Floor', required: true, min: -5, max: 200, unit: /\s*[楼层F]$/i, example: '2' }),
  choiceColumn({ key: 'access', header: '预约方式', headerEn: 'Access', required: true, example: '居民可预约' }, roomAccessLabels),
  yesNoColumn({ key: 'requiresApproval', header: '需要审批', headerEn: 'Requires approval', example: '否' }),
  listColumn({ key: 'amenities', header: '设施', headerEn: 'Amenities', max: 30, maxItems: 20, example: '投影仪、音响' }),
  textColumn({ key: 'description', header: '说明', headerEn: 'Description', max: 500, example: '可容纳 30 人开会' }),
  yesNoColumn({ key: 'active', header: '启用', headerEn: 'Active', example: '是' }),
] as const satisfies Columns

export interface RoomImportRow {
  name: string; kind: RoomKind; capacity: number; floor: number; access: RoomAccess
  requiresApproval: boolean | null; amenities: string[] | null; description: string | null; active: boolean | null
}
