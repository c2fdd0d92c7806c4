/** Chinese texts of sign-up lists, target groups and participation rules, merged into src/i18n/zh-CN.ts. */
const participationZh = {
  roster: {
    title: '报名与签到', open: '报名与签到', back: '返回活动日历', capacity: '名额', unlimited: '不限', seatsTaken: '已占名额',
    seatsLeft: '剩余 {n} 个', full: '已满', waitlisted: '候补', attendance: '到场人数', attendanceParts: '报名 {registered} 人 · 其他居民 {unlisted} 人 · 现场 {walkIns} 人',
    tabs: { confirmed: '已报名', waitlisted: '候补', offered: '待确认', cancelled: '已取消' },
    name: '姓名', phone: '手机号', signedUpAt: '报名时间', source: '来源', sources: { resident: '本人报名', staff: '工作人员代报' }, actedBy: '由 {name} 代办',
    position: '候补顺序', expiresIn: '确认期限', expiresLeft: '剩 {h} 小时 {m} 分', expiresLeftMinutes: '剩 {m} 分', expiredNow: '已到期，等待系统顺延',
    status: '状态', statuses: { confirmed: '已报名', waitlisted: '候补', offered: '待确认', cancelled: '已取消', expired: '逾期未确认' },
    lateCancel: '迟取消', checkIn: '签到', checkInOpensAt: '还没到签到时间：{time} 开始签到（开始前 {n} 分钟）。', checkedIn: '已签到', checkedInAt: '{time} 签到', notCheckedIn: '未签到', byQr: '扫码', byStaff: '工作人员',
    untick: '撤销签到', untickConfirm: '撤销 {name} 的签到吗？', untickTitle: '撤销签到', ticked: '{name} 已签到', unticked: '已撤销 {name} 的签到',
    cancel: '取消报名', cancelTitle: '取消报名', keep: '不取消',
    cancelConfirm: '确定取消 {name} 的报名吗？', cancelPromotes: '取消后，候补第 1 位（{next}）将获得这个名额，需在 {hold} 内确认。',
    cancelNoQueue: '取消后会空出一个名额。', cancelQueueOnly: '这是候补名额，取消不影响其他人。', cancelled: '已取消 {name} 的报名',
    add: '代报名', addTitle: '为居民代报名', addPhone: '居民手机号', addHint: '居民须已用这个手机号注册账号；名额已满时进入候补。',
    addPlaceholder: '11 位手机号', needPhone: '请输入 11 位手机号', added: '{name}：{status}', addWhole: '同时报名这个系列以后的每一次',
    walkIns: '现场人数', walkInsHint: '没有账号的到场居民，按人数记录', addWalkIns: '增加', walkInsAdded: '已增加 {n} 人', undoWalkIn: '撤销上一次（{n} 人）',
    undoWalkInConfirm: '撤销上一次记录的 {n} 位现场人员吗？', walkInsUndone: '已撤销 {n} 人', walkInsRange: '一次 1 到 10000 人',
    unlisted: '未报名而签到', link: '签到二维码', linkHint: '打印贴在门口或在大屏上展示，居民用手机扫码签到（需登录）。', copy: '复制链接', copied: '链接已复制',
    print: '打印', printTitle: '{title} 签到', printScan: '请用手机扫码签到',
    empty: { confirmed: '还没有人报名', waitlisted: '没有候补', offered: '没有待确认的名额', cancelled: '没有取消的报名' },
    notFound: '找不到这次活动，可能已被删除或移到其他日期。', readOnly: '只读：您不能管理这个中心的报名',
    cancelledOccurrence: '这次活动已取消', hoursN: '{n} 小时', minutesN: '{n} 分钟', refresh: '刷新', autoRefresh: '每 30 秒自动刷新',
  },
  groups: {
    title: '目标群体', hint: '用于统计群体参与率，例如：党员、银龄、四点半课堂家长。', center: '中心', pickCenter: '请选择中心',
    new: '新建群体', newTitle: '新建目标群体', editTitle: '重命名群体', name: '名称', description: '说明', members: '成员', memberCount: '{n} 人',
    rename: '重命名', deleteConfirm: '确定删除群体“{name}”吗？成员名单会一起删除（居民账号不受影响）。', created: '已创建“{name}”',
    needName: '请填写名称', nameTooLong: '名称不能超过 40 个字', descriptionTooLong: '说明不能超过 500 个字',
    empty: '还没有目标群体，点击“新建群体”添加。', pick: '选择左侧的群体查看成员', noCenter: '暂无可管理的中心。',
    addMembers: '添加成员', addTitle: '向“{name}”添加成员', phones: '手机号', phonesHint: '每行一个手机号，可直接从表格中粘贴。',
    phonesPlaceholder: '13800138000\n13900139000', parsed: '识别到 {n} 个手机号', invalidLines: '{n} 行不是手机号：{lines}', duplicates: '重复 {n} 个已忽略',
    needPhones: '请至少填写一个有效的手机号', tooMany: '一次最多添加 1000 个', added: '已添加，现有 {n} 名成员', addedN: '已添加 {n} 个手机号对应的居民',
    noAccount: '以下 {n} 个手机号没有居民账号，未能添加：', noAccountHint: '请居民先在手机上注册，再添加。', allFound: '全部手机号都已是成员',
    memberName: '姓名', memberPhone: '手机号', joinedAt: '加入时间', remove: '移出', removeConfirm: '把 {name} 移出“{group}”吗？',
    removed: '已移出 {name}', noMembers: '这个群体还没有成员', search: '搜索姓名或手机号',
  },
  participationRules: {
    title: '参与规则', hint: '报名候补、签到时间和志愿积分的规则，适用于本中心的所有活动；提醒也适用于房间预约。',
    readOnly: '只有中心负责人或区级管理员可以修改参与规则。', saved: '参与规则已保存', nothingChanged: '没有修改', reset: '还原',
    groups: { signup: '报名与候补', checkIn: '签到', volunteer: '志愿积分', stars: '星级评定', kiosk: '大屏', reminders: '居民提醒', noShows: '爽约规则' },
    units: { minutes: '分钟', points: '分/小时', times: '次', days: '天' },
    fields: {
      offerHoldMinutes: { label: '候补确认时限', help: '有人取消后，候补第 1 位须在这段时间内确认，逾期自动顺延给下一位' },
      signupClosesMinutes: { label: '报名截止', help: '开始前多久停止报名（0 表示开始前都可报名）' },
      lateCancelMinutes: { label: '迟取消界限', help: '开始前不足这么久取消的，记为迟取消' },
      checkInOpensMinutes: { label: '签到开放', help: '开始前多久可以扫码签到' },
      checkInClosesMinutes: { label: '签到截止', help: '结束后多久仍可签到' },
      pointsPerHour: { label: '每小时积分', help: '志愿服务每小时记多少积分（记录时按当时规则计算）' },
    },
    thresholds: {
      label: '星级所需积分', help: '第 1 到 10 星各需多少积分，须逐级递增；不需要那么多星级的，后面留空。', star: '{n} 星',
      first: '请至少填写 1 星所需积分', gap: '中间不能留空：请填写，或清空后面的星级',
      range: '须为 1 到 10000000 的整数', ascending: '须大于上一星级的积分',
    },
    kioskLeaderboard: { label: '大屏显示志愿排行榜', help: '只显示同意上榜的志愿者的昵称，不显示姓名和手机号' },
    reminders: {
      dayBefore: { label: '前一天提醒', help: '在预约日前一天的这个时间提醒居民（本中心当地时间）；关闭则不发' },
      lead: { label: '开始前提醒', help: '预约和已报名活动开始前多久提醒居民；关闭则不发' },
      at: '提醒时间', minutes: '提前分钟数', off: '不提醒',
    },
    noShows: {
      rule: { label: '爽约暂停', help: '已预约或已报名却既没取消也没签到，记为一次爽约；统计期内爽约达到次数，暂停该居民在本中心的新预约和报名。工作人员可在下方名单中提前解除。' },
      noShowLimit: '爽约次数', noShowWindowDays: '统计天数', suspensionDays: '暂停天数', off: '不启用',
      summary: '{d} 天内爽约 {n} 次，暂停预约和报名 {s} 天',
    },
  },
  participation: {
    title: '居民参与', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    tabs: { groups: '目标群体', rules: '参与规则', suspensions: '爽约暂停' },
  },
  suspensions: {
    title: '爽约暂停名单', hint: '按“参与规则”中的爽约规则暂停新预约和报名的居民；已有的预约和报名仍可取消、签到。',
    onlyActive: '只看暂停中', empty: '没有被暂停的居民', resident: '居民', reason: '原因', because: '{d} 天内爽约 {n} 次',
    from: '暂停开始', until: '暂停至', state: '状态', active: '暂停中', over: '已到期', liftedBy: '{at} 由 {name} 解除',
    lift: '解除暂停', liftConfirm: '解除后，{name} 可以立即在本中心预约和报名。确定解除吗？', lifted: '已解除 {name} 的暂停',
  },
}

/** Error texts by API code, merged into `errors`. */
export const participationErrorsZh = {
  activity_full: '名额已满，请先报名进入候补',
  already_registered: '该居民已经报名了这次活动',
  signup_closed: '报名已截止',
  occurrence_cancelled: '这次活动已取消',
  offer_expired: '保留的名额已过确认期限，已顺延给下一位',
  not_offered: '还没有为这位居民保留名额',
  unknown_resident: '没有居民用这个手机号注册账号，请居民先在手机上注册',
  unknown_residents: '有手机号没有居民账号，本次未添加任何人（{detail}）',
  already_checked_in: '该居民已经签到过了',
  one_resident: '请只填写一位居民',
}

export default participationZh
