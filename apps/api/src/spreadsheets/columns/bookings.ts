import type { BookingStatus } from '@linli/contracts'
import { type Columns, choiceColumn, dateColumn, intColumn, textColumn } from './column'

type Label = { 'zh-CN': string; en: string }

/** As the admin's 预约 list names them. */
export const bookingStatusLabels: Record<BookingStatus, Label> = {
  requested: { 'zh-CN': '待审批', en: 'Pending' }, approved: { 'zh-CN': '已通过', en: 'Approved' }, rejected: { 'zh-CN': '已拒绝', en: 'Rejected' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' }, expired: { 'zh-CN': '已过期', en: 'Expired' }, checked_in: { 'zh-CN': '已签到', en: 'Checked in' },
  completed: { 'zh-CN': '已完成', en: 'Completed' }, no_show: { 'zh-CN': '未到场', en: 'No-show' },
}

/** A center's bookings (预约审批): one row per booking, times in the center's own zone. */
export const bookingColumns = [
  textColumn({ key: 'room', header: '房间', headerEn: 'Room', required: true, example: '多功能活动室', max: 80 }),
  dateColumn({ key: 'date', header: '日期', headerEn: 'Date', required: true, example: '2026-12-11' }),
  textColumn({ key: 'start', header: '开始时间', headerEn: 'Starts', required: true, example: '09:00', max: 5 }),
  textColumn({ key: 'end', header: '结束时间', headerEn: 'Ends', required: true, example: '11:00', max: 5 }),
  choiceColumn({ key: 'status', header: '状态', headerEn: 'Status', example: '已通过' }, bookingStatusLabels),
  textColumn({ key: 'bookerName', header: '预约人', headerEn: 'Booked by', example: '王秀英', max: 80 }),
  textColumn({ key: 'bookerPhone', header: '联系电话', headerEn: 'Phone', example: '13800138000', max: 20 }),
  textColumn({ key: 'organisation', header: '组织', headerEn: 'Organisation', example: '夕阳红合唱团', max: 80 }),
  textColumn({ key: 'purpose', header: '用途', headerEn: 'Purpose', example: '合唱排练', max: 200 }),
  intColumn({ key: 'headcount', header: '人数', headerEn: 'People', example: '20', min: 0, max: 10_000 }),
  textColumn({ key: 'code', header: '预约码', headerEn: 'Booking code', example: '12345678', max: 8 }),
  textColumn({ key: 'checkedInAt', header: '签到时间', headerEn: 'Checked in', example: '2026-12-11 08:55', max: 16 }),
  textColumn({ key: 'rejectReason', header: '拒绝原因', headerEn: 'Reason rejected', example: '', max: 200 }),
  textColumn({ key: 'id', header: '编号', headerEn: 'ID', example: '', max: 36 }),
] as const satisfies Columns

export interface BookingExportRow {
  room: string; date: string; start: string; end: string; status: BookingStatus; bookerName: string | null; bookerPhone: string | null
  organisation: string | null; purpose: string | null; headcount: number; code: string; checkedInAt: string | null; rejectReason: string | null; id: string
}
