import type listExportZh from './zh-CN'
import type { listExportErrorsZh } from './zh-CN'

const listExportEn: typeof listExportZh = {
  listExport: {
    button: 'Export', menu: 'Export this list', csv: 'CSV', xlsx: 'Excel', csvHint: 'CSV (comma-separated, opens in Excel)', xlsxHint: 'Excel workbook (.xlsx)',
    filtered: 'Exports with the current filters', busy: 'Exporting…', done: 'Exported {name}', failed: 'Export failed: {message}',
    fullPhones: 'With full phone numbers (recorded in the audit log)', fullPhonesItem: '{format} · with full phone numbers (recorded in the audit log)',
    fullPhonesTitle: 'Export full phone numbers',
    fullPhonesConfirm: "The file will hold residents' full phone numbers, so it can be imported back. This export (who and how many residents) is recorded in the audit log. Keep the file safe and do not pass it on. Export?",
    fullPhonesOk: 'Export',
  },
}

export const listExportErrorsEn: typeof listExportErrorsZh = {
  export_too_large: 'More than 100,000 records match, too many for one file: narrow the filters (dates, status) and export in parts',
  full_phones_managers_only: 'Only center managers and district admins can export full phone numbers; staff exports show them partly hidden',
}

export default listExportEn
