import type ExcelJS from 'exceljs'

/**
 * exceljs, loaded on first use: it is the largest package the server has (several times Fastify's
 * load time), and only spreadsheet downloads and imports need it, so the server starts without it.
 */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default
