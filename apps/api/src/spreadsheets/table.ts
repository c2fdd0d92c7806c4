export type Cell = string | number | null
/** One exported table: what the sheet is called, column headers in the export's language, rows of text and numbers. */
export interface Table { title: string; header: string[]; rows: Cell[][] }
