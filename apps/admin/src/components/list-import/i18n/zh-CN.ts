/** The 导入 button and dialog of the rooms, residents, volunteers and centers pages (components/list-import). */
const listImportZh = {
  listImport: {
    button: '导入', title: '导入{what}', kinds: { rooms: '房间', residents: '居民', volunteers: '志愿者', 'volunteer-teams': '志愿服务队', regions: '区域（街道、社区）', centers: '中心', activities: '活动', center: '整个中心（多个工作表）' },
    kind: '导入内容', step1: '第一步：下载模板并填写（第一行是表头，第二行是示例，可删去或改写）', templateXlsx: '下载 Excel 模板', templateCsv: '下载 CSV 模板',
    step2: '第二步：选择填好的文件（.xlsx 或 .csv，不超过 10 MB、20000 行）', choose: '选择文件', chosen: '已选择：{name}', uploading: '正在读取和检查…',
    rules: '按名称或手机号匹配已有数据：再次导入同一文件不会重复添加。',
    summary: '共 {rows} 行：新增 {created}，更新 {updated}，不变 {unchanged}，有错误 {failed}', emptyRows: '已跳过 {n} 个空行。',
    ignored: '以下列不在模板中，已忽略：{columns}',
    hasErrors: '有 {n} 行存在错误，整批不会导入。请在文件中改正标红的单元格后重新选择文件。', errorsList: '错误明细', moreErrors: '仅显示前 {n} 条错误',
    previewRegion: '预览表格', shownRows: '预览显示 {shown} / {total} 行（有错误的行优先）', row: '行号', outcome: '结果',
    outcomes: { created: '新增', updated: '更新', unchanged: '不变', error: '错误' },
    cellError: '第 {row} 行“{column}”：{message}',
    confirm: '确认导入', rechoose: '重新选择文件', committing: '正在导入…', cancel: '取消', close: '完成',
    done: '导入完成', doneText: '新增 {created}，更新 {updated}，不变 {unchanged}',
    noRows: '文件中没有数据行',
    step1Workbook: '第一步：下载整个中心的模板并填写：房间、居民、志愿服务队、志愿者、活动各一个工作表（第二行是示例，可删去或改写）；用不到的工作表可以删去，但不要改工作表的名称',
    step2Workbook: '第二步：选择填好的工作簿（.xlsx，不超过 10 MB）。先写房间，再写活动，活动可以使用同一工作簿里新建的房间',
    sheets: '按工作表预览', sheetSummary: '{sheet}：共 {rows} 行，新增 {created}，更新 {updated}，不变 {unchanged}，有错误 {failed}',
    sheetTab: '{sheet}（{rows} 行）', sheetTabErrors: '{sheet}（{failed} 行有错误）',
    sheetCellError: '工作表“{sheet}”第 {row} 行“{column}”：{message}',
  },
}

export const listImportErrorsZh = {
  import_expired: '预览已过期，请重新选择文件',
  import_committed: '这批数据已经导入过了',
  // The server's own message says exactly what is wrong with the file.
  import_unsupported_file: '{detail}', import_too_large: '{detail}', import_too_many_rows: '{detail}', import_missing_columns: '{detail}',
  import_wrong_template: '{detail}', import_duplicate_column: '{detail}', import_empty: '{detail}', import_no_rows: '{detail}', import_has_errors: '{detail}',
  import_changed: '上传后数据有变化，部分行不能导入（{detail}），请重新选择文件查看',
  import_unknown_sheet: '{detail}',
  import_workbook_only: '整个中心的模板是多个工作表的 Excel 工作簿，没有 CSV 格式',
}

export default listImportZh
