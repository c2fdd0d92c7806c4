import { strFromU8, unzipSync } from 'fflate'
import type { ImportFormat } from '@linli/contracts'
import { AppError, badRequest } from '../../plugins/errors'
import { readWorkbookText } from '../../spreadsheets/read'
import { parseCsv } from './csv-parse'

/** One sheet of an uploaded workbook, by its name. */
export interface UploadedWorkbookSheet { name: string; rows: string[][]; merges: UploadedSheet['merges'] }

export interface UploadedSheet {
  format: ImportFormat
  rows: string[][]
  /** Merged ranges of an XLSX sheet (A2:A4), by 0-based row and column. */
  merges: { top: number; left: number; bottom: number; right: number }[]
}

const unsupported = (message: string) => new AppError(415, 'import_unsupported_file', message)
// A real template is a few MB unpacked at most; a zip that unpacks to far more is a bomb.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024

/**
 * Reads an upload by its bytes, never its name or declared type: an XLSX workbook (a zip holding
 * xl/workbook.xml) or CSV text (UTF-8, or GB18030 as Excel in China saves it). Macro workbooks and
 * workbooks linking other files are refused: their content is not only what the cells say.
 */
export async function readUpload(bytes: Uint8Array): Promise<UploadedSheet> {
  if (bytes.length === 0) throw badRequest('import_empty', '文件是空的，请选择填好的模板')
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw unsupported('这是旧版 Excel（.xls）或加密的文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入')
  if (bytes.includes(0)) throw unsupported('无法识别的文件类型：只能导入 .xlsx 或 .csv 表格')
  return { format: 'csv', rows: parseCsv(decodeText(bytes)), merges: [] }
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

async function readXlsx(bytes: Uint8Array): Promise<UploadedSheet> {
  const [first] = await readXlsxSheets(bytes)
  return { format: 'xlsx', rows: first?.rows ?? [], merges: first?.merges ?? [] }
}

/**
 * Every sheet of an XLSX upload (a whole center's workbook), with the same refusals as one sheet's:
 * a CSV is refused here, since one CSV holds one table only.
 */
export async function readWorkbookUpload(bytes: Uint8Array): Promise<UploadedWorkbookSheet[]> {
  if (bytes.length === 0) throw badRequest('import_empty', '文件是空的，请选择填好的模板')
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    await readUpload(bytes)
    throw unsupported('整个中心的导入需要 Excel 工作簿（.xlsx），每个工作表一张表；CSV 只能装一张表，请按列表分别导入')
  }
  return readXlsxSheets(bytes)
}

async function readXlsxSheets(bytes: Uint8Array): Promise<UploadedWorkbookSheet[]> {
  const names: string[] = []
  let unpacked = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name)
        unpacked += f.originalSize
        return f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === '[Content_Types].xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name)
      },
    })
  } catch {
    throw unsupported('文件已损坏或不是 Excel 工作簿：只能导入 .xlsx 或 .csv 表格')
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw new AppError(413, 'import_too_large', '工作簿解压后过大，请删去无关的工作表或图片后再导入')
  if (!files['xl/workbook.xml']) throw unsupported('这个压缩文件不是 Excel 工作簿：只能导入 .xlsx 或 .csv 表格')
  const contentTypes = files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : ''
  if (names.some((n) => /vbaProject\.bin$/i.test(n)) || /macroEnabled/i.test(contentTypes))
    throw unsupported('不能导入带宏的工作簿（.xlsm）：请另存为不带宏的 .xlsx 后再导入')
  if (names.some((n) => n.startsWith('xl/externalLinks/')))
    throw unsupported('工作簿链接了其他文件（外部链接）：请在 Excel 中“断开链接”，把数值粘贴为值后再导入')
  let sheets: { name: string; rows: string[][] }[]
  try {
    sheets = await readWorkbookText(bytes)
  } catch {
    throw unsupported('无法读取这个工作簿，请在 Excel 中重新保存为 .xlsx 后再导入')
  }
  const merges = mergesBySheet(files)
  return sheets.map((s, i) => ({ ...s, merges: merges[i] ?? [] }))
}

/** Merged ranges of each sheet, in the workbook's sheet order. */
function mergesBySheet(files: Record<string, Uint8Array>): UploadedSheet['merges'][] {
  const workbook = strFromU8(files['xl/workbook.xml']!)
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : ''
  const relIds = [...workbook.matchAll(/<sheet\b[^>]*\br:id="([^"]+)"/g)].map((m) => m[1]!)
  return (relIds.length ? relIds : [undefined]).map((relId, i) => {
    const target = relId && new RegExp(`<Relationship\\b[^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    const path = target ? `xl/${target.replace(/^\/?xl\//, '')}` : `xl/worksheets/sheet${i + 1}.xml`
    const sheet = files[path] ? strFromU8(files[path]) : ''
    return [...sheet.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
      top: Number(m[2]) - 1, left: columnIndex(m[1]!), bottom: Number(m[4]) - 1, right: columnIndex(m[3]!),
    }))
  })
}

const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1
