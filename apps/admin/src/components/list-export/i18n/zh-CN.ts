/** The 导出 button every admin list's toolbar carries (components/list-export). */
const listExportZh = {
  listExport: {
    button: '导出', menu: '导出当前列表', csv: 'CSV', xlsx: 'Excel', csvHint: 'CSV（逗号分隔，Excel 可直接打开）', xlsxHint: 'Excel 工作簿（.xlsx）',
    filtered: '按当前筛选条件导出', busy: '正在导出…', done: '已导出 {name}', failed: '导出失败：{message}',
    fullPhones: '含完整手机号（将记入操作日志）', fullPhonesItem: '{format} · 含完整手机号（将记入操作日志）',
    fullPhonesTitle: '导出完整手机号',
    fullPhonesConfirm: '导出的文件将包含居民的完整手机号，可用于重新导入。本次导出（操作人和居民人数）将记入操作日志。请妥善保管文件，不要外传。确定导出吗？',
    fullPhonesOk: '导出',
  },
}

export const listExportErrorsZh = {
  export_too_large: '符合条件的记录超过 10 万条，无法一次导出，请缩小筛选范围（如日期、状态）后分批导出',
  full_phones_managers_only: '只有中心负责人和区管理员可以导出完整手机号；工作人员导出的名单中手机号部分隐藏',
}

export default listExportZh
