/** Chinese texts of 核销 (checking a booking in by its code) and the desk's 签到码, merged into src/i18n/zh-CN.ts. */
const deskCheckInZh = {
  deskCheckIn: {
    open: '核销预约', title: '核销预约', codeLabel: '预约码', codePlaceholder: '输入或扫描 8 位预约码',
    hint: '请居民出示手机“我的预约”里的预约码。扫码枪扫描后会自动核销；也可以手动输入后按回车。',
    submit: '核销', scan: '用摄像头扫码', stopScan: '停止扫码', scanning: '请把居民手机上的二维码对准摄像头',
    cameraFailed: '无法打开摄像头，请手动输入预约码', cameraLabel: '摄像头画面',
    incomplete: '预约码是 8 位数字', done: '已签到', doneDetail: '{name} · {room} · {time}', next: '可以继续扫描下一位',
    deskCode: '今日签到码', deskCodeHint: '居民扫门口贴的二维码签到时，读给他们听；每天更换。',
    doorOpen: '门口签到码', doorTitle: '打印门口签到码', doorRoom: '功能室', doorAlt: '{name}的签到二维码',
    doorScan: '预约了这个功能室？到达后请扫码签到', doorDesk: '扫码后如需签到码，请到服务台询问（每天更换）', doorPrint: '打印',
  },
}

/** Error texts by API code, merged into `errors`. */
export const deskCheckInErrorsZh = {
  booking_code_invalid: '预约码是 8 位数字，请核对后重新输入',
  booking_code_unknown: '没有找到这个预约码，请核对数字',
  booking_other_center: '这个预约不属于本中心，请居民到预约的中心签到',
  booking_not_today: '这个预约不是今天的，今天不能核销',
  booking_cancelled: '这个预约已经取消了，不能核销',
  check_in_code_required: '缺少签到码：请扫描屏幕上的二维码，或到服务台询问今日签到码',
  check_in_code_expired: '签到码已过期：请重新扫描屏幕上的二维码，或到服务台询问',
  check_in_code_other_place: '这不是这个房间或活动的签到码：请扫描它自己屏幕上或本中心大厅屏上的二维码，或到服务台询问',
  check_in_code_wrong: '签到码不对：请向服务台核对今日签到码',
}

export default deskCheckInZh
