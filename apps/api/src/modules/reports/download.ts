import type { FastifyReply } from 'fastify'
import type { ReportFormat } from '@linli/contracts'
import { toCsv } from '../../spreadsheets/csv'
import type { Table } from '../../spreadsheets/table'
import { toXlsx, toXlsxWorkbook } from '../../spreadsheets/xlsx'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** RFC 5987 ext-value: UTF-8, percent-encoded, with the few characters encodeURIComponent leaves but attr-char forbids. */
const extValue = (text: string) => `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`

/**
 * `attachment` with an ASCII name for old clients (`linli-participation-2026-10.xlsx`) and the
 * Chinese one (`凤凰台党群服务中心-活动参与-2026-10.xlsx`) in filename* for everyone else.
 */
export function contentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=${extValue(name)}`
}

/** Sends a table as a CSV or XLSX download. */
export async function sendTable(reply: FastifyReply, table: Table, format: ReportFormat, names: { ascii: string; full: string }) {
  const file = (base: string) => `${base}.${format}`
  reply.header('content-disposition', contentDisposition(file(names.ascii), file(names.full))).header('cache-control', 'no-store')
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table))
  return reply.type(XLSX_TYPE).send(Buffer.from(await toXlsx(table)))
}

/** Sends tables as one XLSX workbook, a sheet each. */
export async function sendWorkbook(reply: FastifyReply, tables: Table[], names: { ascii: string; full: string }) {
  reply.header('content-disposition', contentDisposition(`${names.ascii}.xlsx`, `${names.full}.xlsx`)).header('cache-control', 'no-store')
  return reply.type(XLSX_TYPE).send(Buffer.from(await toXlsxWorkbook(tables)))
}
