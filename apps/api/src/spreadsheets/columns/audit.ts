import { type Columns, textColumn } from './column'

/**
 * The audit log (操作日志), newest first. `before` and `after` are the entry's JSON as text; ids
 * stay as they are, so a row can be found again in the log.
 */
export const auditColumns = [
  textColumn({ key: 'at', header: '时间', headerEn: 'Time', required: true, example: '2026-12-01 10:30', max: 16 }),
  textColumn({ key: 'actorKind', header: '操作人类型', headerEn: 'Actor kind', example: 'staff', max: 20 }),
  textColumn({ key: 'actorName', header: '操作人', headerEn: 'Actor', example: '', max: 80 }),
  textColumn({ key: 'actorId', header: '操作人编号', headerEn: 'Actor ID', example: '', max: 36 }),
  textColumn({ key: 'centerId', header: '中心编号', headerEn: 'Center ID', example: '', max: 36 }),
  textColumn({ key: 'entity', header: '对象', headerEn: 'Entity', example: 'room', max: 40 }),
  textColumn({ key: 'entityId', header: '对象编号', headerEn: 'Entity ID', example: '', max: 64 }),
  textColumn({ key: 'action', header: '操作', headerEn: 'Action', example: 'update', max: 40 }),
  textColumn({ key: 'before', header: '变更前', headerEn: 'Before', example: '', max: 1_000_000 }),
  textColumn({ key: 'after', header: '变更后', headerEn: 'After', example: '', max: 1_000_000 }),
  textColumn({ key: 'requestId', header: '请求编号', headerEn: 'Request ID', example: '', max: 64 }),
  textColumn({ key: 'ip', header: 'IP', headerEn: 'IP', example: '', max: 64 }),
] as const satisfies Columns

export interface AuditExportRow {
  at: string | null; actorKind: string; actorName: string | null; actorId: string | null; centerId: string | null; entity: string
  entityId: string; action: string; before: string | null; after: string | null; requestId: string | null; ip: string | null
}
