import { type Columns, textColumn, yesNoColumn } from './column'

/** A center's volunteer teams; matched by 团队名称 within the center. */
export const volunteerTeamColumns = [
  textColumn({ key: 'name', header: '团队名称', headerEn: 'Team', required: true, max: 60, example: '银龄志愿服务队' }),
  textColumn({ key: 'description', header: '简介', headerEn: 'Description', max: 500, example: '陪伴独居老人，每周上门两次' }),
  yesNoColumn({ key: 'active', header: '启用', headerEn: 'Active', example: '是' }),
] as const satisfies Columns

export interface VolunteerTeamImportRow { name: string; description: string | null; active: boolean | null }
