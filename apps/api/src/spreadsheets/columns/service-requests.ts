import type { ServiceRequestCategory, ServiceRequestStatus } from '@linli/contracts'
import { type Columns, choiceColumn, textColumn } from './column'

type Label = { 'zh-CN': string; en: string }

/** As the admin's 民情诉求 page names them. */
export const serviceRequestCategoryLabels: Record<ServiceRequestCategory, Label> = {
  policy: { 'zh-CN': '政策咨询', en: 'Policy' }, social_security: { 'zh-CN': '社保医保', en: 'Social security' },
  legal_aid: { 'zh-CN': '法律援助', en: 'Legal aid' }, family_mediation: { 'zh-CN': '家事调解', en: 'Family mediation' },
  property: { 'zh-CN': '物业管理', en: 'Property' }, environment: { 'zh-CN': '环境卫生', en: 'Environment' },
  employment: { 'zh-CN': '就业创业', en: 'Employment' }, elderly_care: { 'zh-CN': '养老服务', en: 'Elderly care' }, other: { 'zh-CN': '其他', en: 'Other' },
}
export const serviceRequestStatusLabels: Record<ServiceRequestStatus, Label> = {
  registered: { 'zh-CN': '已登记', en: 'Registered' }, resolved_on_spot: { 'zh-CN': '当场办结', en: 'Resolved on the spot' },
  transferred: { 'zh-CN': '已转办', en: 'Transferred' }, closed: { 'zh-CN': '已办结', en: 'Closed' },
}

/** A center's service-hall requests (民情诉求), newest first, times in the center's zone. */
export const serviceRequestColumns = [
  textColumn({ key: 'receivedAt', header: '受理时间', headerEn: 'Received', required: true, example: '2026-12-01 10:30', max: 16 }),
  choiceColumn({ key: 'category', header: '类别', headerEn: 'Category', required: true, example: '政策咨询' }, serviceRequestCategoryLabels),
  textColumn({ key: 'description', header: '诉求内容', headerEn: 'Request', required: true, example: '咨询养老保险缴费', max: 2000 }),
  textColumn({ key: 'visitorName', header: '来访人', headerEn: 'Visitor', example: '', max: 40 }),
  textColumn({ key: 'visitorPhone', header: '联系电话', headerEn: 'Phone', example: '', max: 20 }),
  choiceColumn({ key: 'status', header: '状态', headerEn: 'Status', example: '已登记' }, serviceRequestStatusLabels),
  textColumn({ key: 'department', header: '承办部门', headerEn: 'Department', example: '', max: 80 }),
  textColumn({ key: 'transferredAt', header: '转办时间', headerEn: 'Transferred', example: '', max: 16 }),
  textColumn({ key: 'closedAt', header: '办结时间', headerEn: 'Closed', example: '', max: 16 }),
  textColumn({ key: 'resolution', header: '办理结果', headerEn: 'Resolution', example: '', max: 2000 }),
  textColumn({ key: 'id', header: '编号', headerEn: 'ID', example: '', max: 36 }),
] as const satisfies Columns

export interface ServiceRequestExportRow {
  receivedAt: string; category: ServiceRequestCategory; description: string; visitorName: string | null; visitorPhone: string | null
  status: ServiceRequestStatus; department: string | null; transferredAt: string | null; closedAt: string | null; resolution: string | null; id: string
}
