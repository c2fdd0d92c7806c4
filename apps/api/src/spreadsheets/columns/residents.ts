import { type Columns, dateColumn, listColumn, phoneColumn, textColumn } from './column'

/**
 * Residents a center knows, with their household and organisations by name; matched by 手机号
 * (one account per number across the district). An empty 家庭 or 组织 leaves what is there.
 */
export const residentColumns = [
  textColumn({ key: 'name', header: '姓名', headerEn: 'Name', required: true, max: 40, example: '王秀英' }),
  phoneColumn({ key: 'phone', header: '手机号', headerEn: 'Mobile', required: true, example: '13800138000' }),
  textColumn({ key: 'household', header: '家庭', headerEn: 'Household', max: 80, example: '金水路 12 号院 3 号楼 201' }),
  listColumn({ key: 'organisations', header: '组织', headerEn: 'Organisations', max: 80, maxItems: 10, example: '夕阳红合唱团' }),
  dateColumn({ key: 'registeredOn', header: '登记日期', headerEn: 'Registered on', example: '2026-03-01' }),
] as const satisfies Columns

export interface ResidentImportRow {
  name: string; phone: string; household: string | null; organisations: string[] | null; registeredOn: string | null
}
