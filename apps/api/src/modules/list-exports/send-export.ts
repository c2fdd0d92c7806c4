import type { FastifyReply } from 'fastify'
import type { ReportFormat } from '@linli/contracts'
import { localDateOf } from '@linli/schedule'
import { badRequest } from '../../plugins/errors'
import type { Table } from '../../spreadsheets/table'
import { sendTable } from '../reports/download'
import { EXPORT_ROW_LIMIT } from './export-queries'

/**
 * The rows a list query gave when asked for EXPORT_ROW_LIMIT + 1: refused when over the limit, so
 * a file never silently misses rows.
 */
export function withinLimit<T>(rows: readonly T[], limit = EXPORT_ROW_LIMIT): readonly T[] {
  if (rows.length > limit) {
    throw badRequest('export_too_large', `More than ${limit.toLocaleString('en')} rows match; narrow the filters (dates, status) and export in parts`)
  }
  return rows
}

/** File names without the characters Windows refuses or a header would break on. */
const safe = (text: string) => text.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim()

/**
 * Sends a list as a download named for whose list it is, what and when, in the zone of the
 * list's center: `凤凰台党群服务中心-预约-2026-12-06.xlsx` (filename*, RFC 5987), with an ASCII
 * fallback `linli-bookings-2026-12-06.xlsx` for old clients.
 */
export function sendExport(
  reply: FastifyReply,
  table: Table,
  o: { format: ReportFormat; scope: string; what: string; ascii: string; now: Date; timeZone: string },
) {
  const date = localDateOf(o.now, o.timeZone)
  return sendTable(reply, table, o.format, { ascii: `linli-${o.ascii}-${date}`, full: [o.scope, o.what, date].map(safe).filter(Boolean).join('-') })
}
