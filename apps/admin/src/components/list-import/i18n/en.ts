/** The import button and dialog of the rooms, residents, volunteers and centers pages (components/list-import). */
const listImportEn = {
  listImport: {
    button: 'Import', title: 'Import {what}', kinds: { rooms: 'rooms', residents: 'residents', volunteers: 'volunteers', 'volunteer-teams': 'volunteer teams', regions: 'regions (subdistricts and communities)', centers: 'centers', activities: 'activities', center: 'the whole center (several sheets)' },
    kind: 'What to import', step1: 'Step 1: download the template and fill it in (row 1 is the header, row 2 an example you may replace)', templateXlsx: 'Excel template', templateCsv: 'CSV template',
    step2: 'Step 2: choose the filled file (.xlsx or .csv, at most 10 MB and 20,000 rows)', choose: 'Choose file', chosen: 'Chosen: {name}', uploading: 'Reading and checking…',
    rules: 'Rows are matched to existing data by name or mobile number: importing the same file again adds nothing twice.',
    summary: '{rows} rows: {created} new, {updated} updated, {unchanged} unchanged, {failed} with errors', emptyRows: 'Skipped {n} empty rows.',
    ignored: 'These columns are not in the template and were ignored: {columns}',
    hasErrors: '{n} rows have errors, so nothing will be imported. Correct the cells marked in red in your file and choose it again.', errorsList: 'Errors', moreErrors: 'Only the first {n} errors are shown',
    previewRegion: 'Preview table', shownRows: 'Showing {shown} of {total} rows (rows with errors first)', row: 'Row', outcome: 'Result',
    outcomes: { created: 'New', updated: 'Updated', unchanged: 'Unchanged', error: 'Error' },
    cellError: 'Row {row}, "{column}": {message}',
    confirm: 'Import', rechoose: 'Choose another file', committing: 'Importing…', cancel: 'Cancel', close: 'Done',
    done: 'Import complete', doneText: '{created} new, {updated} updated, {unchanged} unchanged',
    noRows: 'The file has no data rows',
    step1Workbook: 'Step 1: download the whole-center template and fill it in: one sheet each for rooms (房间), residents (居民), volunteer teams (志愿服务队), volunteers (志愿者) and activities (活动), row 2 an example; delete sheets you do not need, but do not rename them',
    step2Workbook: 'Step 2: choose the filled workbook (.xlsx, at most 10 MB). Rooms are written before activities, so activities may use rooms the same workbook creates',
    sheets: 'Preview by sheet', sheetSummary: '{sheet}: {rows} rows: {created} new, {updated} updated, {unchanged} unchanged, {failed} with errors',
    sheetTab: '{sheet} ({rows} rows)', sheetTabErrors: '{sheet} ({failed} rows with errors)',
    sheetCellError: 'Sheet "{sheet}", row {row}, "{column}": {message}',
  },
}

export const listImportErrorsEn = {
  import_expired: 'The preview has expired; choose the file again',
  import_committed: 'This batch has already been imported',
  import_unsupported_file: 'This file cannot be imported: only .xlsx or .csv spreadsheets without macros or external links ({detail})',
  import_too_large: 'The file is larger than 10 MB ({detail})', import_too_many_rows: 'The file has more than 20,000 rows; split it ({detail})',
  import_missing_columns: 'Required columns are missing ({detail})', import_wrong_template: 'This is not the template of this list ({detail})',
  import_duplicate_column: 'A column appears twice ({detail})', import_empty: 'The file is empty ({detail})', import_no_rows: 'The file has only a header ({detail})',
  import_has_errors: 'Some rows still have errors ({detail})', import_changed: 'The data changed after the upload; some rows can no longer be imported ({detail}). Choose the file again',
  import_unknown_sheet: 'The workbook has a sheet this import does not know; name the sheets 房间, 居民, 志愿服务队, 志愿者 and 活动 ({detail})',
  import_workbook_only: 'The whole-center template is an Excel workbook with several sheets; there is no CSV of it',
}

export default listImportEn
