/** Chinese texts of the screens feature (大屏管理). */
const screensZh = {
  screens: {
    title: '大屏管理', pair: '配对新大屏', pairTitle: '配对新大屏', settingsTitle: '大屏设置', pairSave: '配对',
    name: '名称', namePlaceholder: '例如：一楼大厅', layout: '版式', language: '语言', room: '房间', pickRoom: '请选择门牌所在的房间',
    roomRequired: '门牌需要选择所在的房间', code: '配对码', codeInvalid: '配对码为 6 位字母或数字（不含 0、1、I、O）',
    status: '状态', lastSeen: '最近在线', appVersion: '版本', neverSeen: '从未连接',
    layouts: { lobby: '大厅看板', door: '门牌', week: '周历' },
    languages: { 'zh-CN': '中文', en: 'English' },
    panelInches: '屏幕尺寸', inches: '英寸（对角线）', viewingDistance: '观看距离', metres: '米',
    showRecords: '显示活动风采', showRecordsHint: '开启后，大厅看板在有带照片的已发布活动纪实时显示“活动风采”。',
    sizeHint: '屏幕按尺寸和观看距离放大文字，使最小的字在这个距离也看得清（每 3 米约 25 毫米字高）。默认 55 英寸、3 米。',
    statuses: { online: '在线', waiting: '等待连接', offline: '离线', stale: '离线超过2分钟' },
    settings: '重命名/设置', move: '移动到…', reload: '立即刷新', identify: '识别', revoke: '撤销',
    howTitle: '如何获取配对码',
    howOpen: '在大屏的浏览器中打开', howCode: '屏幕上会显示一个 6 位配对码，将它填入下方。',
    howExpired: '配对码 30 分钟内有效；若提示无效，刷新大屏页面即可得到新的配对码。',
    paired: '大屏已配对，几秒钟后屏幕将开始显示内容',
    moveTitle: '移动“{name}”', moveHint: '大屏将改为显示所选中心的内容；门牌会清除所在房间，需要重新设置。',
    moveSave: '移动', moved: '已移动到“{name}”',
    offlineCommand: '“{name}”当前不在线，收不到这个指令；请检查大屏的电源和网络',
    reloadSent: '已通知“{name}”立即刷新', identifySent: '“{name}”将在屏幕上显示名称 10 秒',
    revokeTitle: '撤销大屏', revokeConfirm: '撤销后“{name}”会立即停止显示内容，并重新显示配对码。确定撤销吗？',
    revoked: '已撤销“{name}”',
    empty: '还没有配对的大屏。在大屏上打开 /kiosk/，再点击“配对新大屏”。',
    viewOnly: '只读：大屏由中心负责人或区级管理员管理。',
    pollHint: '列表每 30 秒自动刷新。', pollFailed: '自动刷新失败：{message}',
  },
}

export default screensZh
