/** Chinese texts of announcements and emergency notices (公告与紧急通知). */
const announcementsZh = {
  announcements: {
    title: '公告与紧急通知', listTitle: '公告', new: '新建公告', newTitle: '新建公告', publish: '发布', created: '公告已发布',
    text: '公告内容', textPlaceholder: '例如：本周六上午 9:00 在多功能厅举办义诊活动，欢迎居民参加。',
    target: '发布范围', thisCenter: '本中心', wholeRegion: '整个区域', region: '区域', aRegion: '上级区域',
    regionHint: '该区域内所有中心的大屏都会显示。',
    startsAt: '开始时间', endsAt: '结束时间', when: '显示时间', zoneHint: '按中心所在时区（{zone}）填写',
    priority: '优先级', priorities: { normal: '普通', high: '重要' },
    status: '状态', statuses: { current: '进行中', scheduled: '未开始', ended: '已结束' },
    empty: '该中心还没有公告。', deleteConfirm: '确定删除这条公告吗？大屏将立即不再显示。',
    viewOnly: '只读：公告和紧急通知由中心负责人或区级管理员发布。',
  },
  emergency: {
    section: '紧急通知', new: '发布紧急通知', newTitle: '发布紧急通知', publish: '立即发布',
    title: '标题', titlePlaceholder: '例如：临时闭馆', message: '内容', messagePlaceholder: '例如：因突发停电，中心今日暂停开放，请居民留意安全。',
    duration: '持续时间', durations: { '30': '30 分钟', '60': '1 小时', '120': '2 小时', until: '直到…' }, until: '结束时间',
    untilFuture: '结束时间须晚于现在',
    warning: '所有受影响的大屏将立即全屏显示此消息，直到结束时间或被解除。',
    confirm: '我已确认内容无误，立即发布', confirmRequired: '请先勾选确认',
    published: '紧急通知已发布，大屏正在切换', none: '当前没有紧急通知。',
    activeTitle: '大屏正在显示紧急通知：{title}', activeMeta: '范围：{target}　·　{start} 开始，{end} 结束',
    clear: '解除', clearConfirm: '确定解除紧急通知“{title}”吗？大屏将恢复正常显示。', cleared: '紧急通知已解除',
  },
}

export default announcementsZh
