import type { RegistrationStatus } from '@linli/contracts'
import { type Columns, choiceColumn, intColumn, phoneColumn, textColumn, yesNoColumn } from './column'

type Label = { 'zh-CN': string; en: string }

/** As the admin's 报名名单 names them. */
export const registrationStatusLabels: Record<RegistrationStatus, Label> = {
  confirmed: { 'zh-CN': '已报名', en: 'Signed up' }, waitlisted: { 'zh-CN': '候补', en: 'Waiting' }, offered: { 'zh-CN': '待确认', en: 'Offered' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' }, expired: { 'zh-CN': '逾期未确认', en: 'Offer expired' },
}

export const signupSourceLabels: Record<'resident' | 'staff', Label> = {
  resident: { 'zh-CN': '本人报名', en: 'Signed up themselves' }, staff: { 'zh-CN': '工作人员代报', en: 'Added by staff' },
}

/** One activity date's sign-up list (报名名单): one row per registration, in the roster's order. */
export const signupColumns = [
  textColumn({ key: 'name', header: '姓名', headerEn: 'Name', required: true, example: '王秀英', max: 40 }),
  phoneColumn({ key: 'phone', header: '手机号', headerEn: 'Phone', required: true, example: '13800138000' }),
  choiceColumn({ key: 'status', header: '状态', headerEn: 'Status', example: '已报名' }, registrationStatusLabels),
  intColumn({ key: 'waitlistPosition', header: '候补位次', headerEn: 'Waitlist place', example: '', min: 1, max: 100_000 }),
  choiceColumn({ key: 'source', header: '来源', headerEn: 'Source', example: '本人报名' }, signupSourceLabels),
  textColumn({ key: 'actedBy', header: '代办人', headerEn: 'Signed up by', example: '', max: 40 }),
  textColumn({ key: 'signedUpAt', header: '报名时间', headerEn: 'Signed up at', example: '2026-12-01 10:30', max: 16 }),
  textColumn({ key: 'checkedInAt', header: '签到时间', headerEn: 'Checked in', example: '', max: 16 }),
  yesNoColumn({ key: 'lateCancellation', header: '临时取消', headerEn: 'Late cancellation', example: '否' }),
  textColumn({ key: 'id', header: '编号', headerEn: 'ID', example: '', max: 36 }),
] as const satisfies Columns

export interface SignupExportRow {
  name: string; phone: string; status: RegistrationStatus; waitlistPosition: number | null; source: 'resident' | 'staff'; actedBy: string | null
  signedUpAt: string | null; checkedInAt: string | null; lateCancellation: boolean; id: string
}
