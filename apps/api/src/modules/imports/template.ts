import type { Table } from '../../spreadsheets/table'
import type { Importer } from './importer'

/** The kind's headers and one example row, each example written the way an export writes that value. */
export function templateTable(importer: Importer): Table {
  const example = importer.columns.map((c) => {
    const parsed = c.parse(c.example)
    return 'value' in parsed ? c.format(parsed.value) : c.example
  })
  return { title: `${importer.title}导入模板`, header: importer.columns.map((c) => c.header), rows: [example] }
}
