import { type Column, type Columns, intColumn, textColumn } from './column'

// A desk phone (0371-6666 8888) as well as a mobile; the same characters the center form allows.
const contactPhone: Column<string, 'contactPhone'> = {
  ...textColumn({ key: 'contactPhone', header: '联系电话', headerEn: 'Contact phone', max: 20, example: '0371-66668888' }),
  parse: (t) => (/^[0-9+\-() ]{5,20}$/.test(t) ? { value: t } : { error: `联系电话无效：“${t}”，只能包含数字、空格和 + - ( )，5 到 20 位` }),
}

/** The centers of a region; matched by 中心名称 (unique across the installation). */
export const centerColumns = [
  textColumn({ key: 'name', header: '中心名称', headerEn: 'Center', required: true, max: 100, example: '凤凰台党群服务中心' }),
  textColumn({ key: 'region', header: '所属区域', headerEn: 'Region', required: true, max: 100, example: '经八路街道' }),
  textColumn({ key: 'address', header: '地址', headerEn: 'Address', required: true, max: 200, example: '郑州市金水区经八路 18 号' }),
  intColumn({ key: 'areaM2', header: '面积（平方米）', headerEn: 'Area (m²)', required: true, min: 1, max: 1_000_000, unit: /\s*(平方米|㎡|m2|m²)$/i, example: '3000' }),
  textColumn({ key: 'contactName', header: '联系人', headerEn: 'Contact', max: 40, example: '张主任' }),
  contactPhone,
] as const satisfies Columns

export interface CenterImportRow {
  name: string; region: string; address: string; areaM2: number; contactName: string | null; contactPhone: string | null
}
