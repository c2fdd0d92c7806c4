import { regionLevelLabels } from '@linli/contracts'
import { type Columns, choiceColumn, textColumn } from './column'

/** Districts are made by the platform operator, so a file holds only what a district admin may add below one. */
const importableLevels = { subdistrict: regionLevelLabels.subdistrict, community: regionLevelLabels.community }

/** A district's subdistricts (街道) and communities (社区); matched by 区域名称 within 上级区域. */
export const regionColumns = [
  textColumn({ key: 'name', header: '区域名称', headerEn: 'Region', required: true, max: 60, example: '凤凰台社区' }),
  choiceColumn({ key: 'level', header: '级别', headerEn: 'Level', required: true, example: '社区' }, importableLevels),
  textColumn({ key: 'parent', header: '上级区域', headerEn: 'Parent region', max: 60, example: '经八路街道' }),
] as const satisfies Columns

export interface RegionImportRow { name: string; level: keyof typeof importableLevels; parent: string | null }
