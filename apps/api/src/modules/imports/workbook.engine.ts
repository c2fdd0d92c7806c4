import { IMPORT_PREVIEW_ERRORS, type ImportError, type ImportPreview, type ImportSheetPreview, type ImportSummary } from '@linli/contracts'
import type { Database } from '../../db/database'
import { AppError, badRequest } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import type { Checked, ImportContext, Importer, PlannedRoom, RowError } from './importer'
import { type SheetRow, parseSheet } from './parse-sheet'
import { parsedRows, previewBody } from './preview-body'
import { readWorkbookUpload } from './read-upload'
import { plannedRooms, roomsImporter } from './rooms.importer'
import { WORKBOOK_SHEETS } from './workbook-sheets'

/** The import kind of a whole center's workbook (中心整表). */
export const WORKBOOK_KIND = 'center'

/** A workbook's row as kept with its batch: tagged with the kind of its sheet. */
type WorkbookRow = SheetRow & { sheet?: string }

const SHEET_NAMES = WORKBOOK_SHEETS.map((i) => i.title).join('、')
const filledRows = (rows: string[][]) => rows.filter((r) => r.some((c) => c.trim() !== '')).length

/** Whoever may import every kind the workbook holds, as each is imported alone (today the same staff for all). */
export async function authorizeWorkbook(db: Database, actor: Actor, centerId: string) {
  for (const action of new Set(WORKBOOK_SHEETS.map((i) => i.centerAction ?? 'manage_rooms'))) await assertCenterAccess(db, actor, centerId, action)
}

/** A refusal of one sheet says which sheet. */
async function inSheet<T>(importer: Importer, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    if (e instanceof AppError) throw new AppError(e.statusCode, e.code, `工作表“${importer.title}”：${e.message}`, e.details, e.extra)
    throw e
  }
}

/**
 * Reads a whole center's workbook and checks each sheet as its kind's importer would, in the order
 * they are written. Nothing is written yet, so the activities sheet is told (ctx.workbook) which
 * rooms the 房间 sheet will make. A sheet left out, or with its header alone, is skipped; a sheet
 * with content under a name that is not one of ours is refused, since its rows would be lost silently.
 */
export async function checkWorkbook(db: Database, bytes: Uint8Array, ctx: ImportContext) {
  const uploaded = await readWorkbookUpload(bytes)
  const unknown = uploaded.filter((s) => !WORKBOOK_SHEETS.some((i) => i.title === s.name.trim()) && filledRows(s.rows) > 0).map((s) => s.name)
  if (unknown.length > 0) throw badRequest('import_unknown_sheet', `工作簿中的工作表“${unknown.join('”“')}”不是中心整表的工作表：工作表名称应为 ${SHEET_NAMES}，请改名或删去`)
  const rows: WorkbookRow[] = []
  const sheets: ImportSheetPreview[] = []
  let rooms: PlannedRoom[] | undefined
  for (const importer of WORKBOOK_SHEETS) {
    const sheet = uploaded.find((s) => s.name.trim() === importer.title)
    if (!sheet || filledRows(sheet.rows) <= 1) continue
    const parsed = await inSheet(importer, () => parseSheet(importer.columns, { format: 'xlsx', rows: sheet.rows, merges: sheet.merges }))
    const checked = await inSheet(importer, () => importer.validate(db, parsedRows(parsed.rows), { ...ctx, ...(rooms && { workbook: { rooms } }) }))
    if (importer === roomsImporter) rooms = plannedRooms(checked)
    sheets.push(sheetPreview(importer, parsed.rows, [...parsed.errors, ...checked.errors], checked, parsed.emptyRows, parsed.ignoredColumns))
    rows.push(...parsed.rows.map((r) => ({ ...r, sheet: importer.kind })))
  }
  if (sheets.length === 0) throw badRequest('import_no_rows', `工作簿里没有要导入的数据：工作表应为 ${SHEET_NAMES}，第一行是表头，从第二行起每行一条`)
  return { rows, body: workbookBody(sheets) }
}

/**
 * Writes a previewed workbook inside the commit's transaction, sheet by sheet in order, each checked
 * again against what is stored now (including the sheets just written before it): the first sheet
 * with a row that no longer passes refuses the whole workbook, and the transaction writes nothing.
 */
export async function commitWorkbookIn(trx: Database, stored: WorkbookRow[], previewed: Omit<ImportPreview, 'id'>, ctx: ImportContext) {
  const sheets: ImportSheetPreview[] = []
  for (const before of previewed.sheets ?? []) {
    const importer = WORKBOOK_SHEETS.find((i) => i.kind === before.kind)!
    const rows = stored.filter((r) => r.sheet === importer.kind)
    const checked = await inSheet(importer, () => importer.validate(trx, parsedRows(rows), ctx))
    if (checked.errors.length > 0) {
      throw new AppError(409, 'import_changed', `上传后数据有变化，工作表“${importer.title}”有 ${new Set(checked.errors.map((e) => e.row)).size} 行不能导入，整个工作簿都没有导入，请重新上传查看`,
        checked.errors.slice(0, 100).map((e) => ({ path: `${importer.title}/第${e.row}行${e.column ? `/${e.column}` : ''}`, message: e.message })))
    }
    await importer.apply(trx, checked, ctx)
    sheets.push(sheetPreview(importer, rows, [], checked, before.summary.emptyRows, before.ignoredColumns))
  }
  return { ...previewed, ...workbookBody(sheets), status: 'committed' as const }
}

function sheetPreview(importer: Importer, rows: SheetRow[], errors: RowError[], checked: Checked<unknown>, emptyRows: number, ignoredColumns: string[]): ImportSheetPreview {
  const body = previewBody(importer, rows.map(({ row, cells, values }) => ({ row, cells, values })), errors, checked, emptyRows)
  return { sheet: importer.title, ...body, errors: body.errors.map((e) => ({ sheet: importer.title, ...e })), ignoredColumns }
}

/** The workbook as one preview: counts and errors over every sheet, each sheet's rows under `sheets`. */
function workbookBody(sheets: ImportSheetPreview[]) {
  const total = (key: keyof ImportSummary) => sheets.reduce((n, s) => n + s.summary[key], 0)
  const errors: ImportError[] = sheets.flatMap((s) => s.errors)
  return {
    kind: WORKBOOK_KIND,
    columns: [],
    summary: { rows: total('rows'), created: total('created'), updated: total('updated'), unchanged: total('unchanged'), failed: total('failed'), emptyRows: total('emptyRows') },
    rows: [],
    errors: errors.slice(0, IMPORT_PREVIEW_ERRORS),
    ignoredColumns: sheets.flatMap((s) => s.ignoredColumns.map((c) => `${s.sheet}：${c}`)),
    sheets,
  } satisfies Partial<ImportPreview>
}
