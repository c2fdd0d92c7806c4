/**
 * Chinese names of the fields an audit entry can show: every property of the records the API
 * writes to the log (rooms, activities, bookings, sign-ups, …). audit-labels.test.ts checks the list.
 */
export const auditFieldsZh = {
  // Shared
  id: '编号', name: '名称', title: '标题', description: '说明', status: '状态', active: '启用', createdAt: '创建时间', updatedAt: '修改时间',
  centerId: '中心', centerName: '中心名称', regionId: '区域', regionName: '区域名称', roomId: '房间', roomName: '房间名称',
  startsAt: '开始', endsAt: '结束', capacity: '人数上限', category: '类别', location: '场外地点', residentId: '居民',
  // Regions, centers, rooms
  parentId: '上级区域', level: '层级', address: '地址', areaM2: '面积（m²）', timeZone: '时区', openingHours: '开放时间',
  contactName: '联系人', contactPhone: '联系电话', roomCount: '房间数', kind: '类型', floor: '楼层', amenities: '设施',
  access: '使用方式', requiresApproval: '需审批',
  // Activities and their dates
  audiences: '面向人群', organiserKind: '主办方类型', organiserName: '主办方', startsLocal: '开始（当地时间）', endsLocal: '结束（当地时间）',
  rrule: '重复规则', exdates: '跳过的日期', kioskVisible: '大屏显示', staffNotes: '内部备注', splitFromId: '拆分自', activityId: '活动',
  recurrenceLocal: '原定时间', activityStatus: '活动状态', overridden: '已单独调整', recurring: '重复活动',
  // Bookings and their rules
  purpose: '用途', headcount: '人数', organisationName: '组织名称', publishOrganisation: '公开组织名称', bookerName: '预约人',
  bookerPhone: '预约人电话', seriesId: '每周预约', rejectReason: '拒绝理由', lateCancellation: '迟取消', checkedInAt: '签到时间', code: '预约码',
  minMinutes: '最短时长', maxMinutes: '最长时长', slotMinutes: '时间刻度', minNoticeMinutes: '最少提前', maxAdvanceDays: '最多提前',
  releaseTime: '放号时间', bufferMinutes: '间隔时间', weeklyQuota: '每周次数', maxUpcoming: '同时持有', cancelDeadlineMinutes: '取消期限',
  checkInOpensMinutes: '签到开放', noShowAfterMinutes: '未到释放', pendingExpiresMinutes: '审批截止',
  // Screens, announcements, emergencies
  layout: '版式', language: '语言', panelInches: '屏幕尺寸（英寸）', viewingDistanceM: '观看距离（米）', showRecords: '显示活动风采', online: '在线', stale: '内容过期',
  lastSeenAt: '最后在线', appVersion: '程序版本', text: '内容', priority: '优先级', message: '通知内容', clearedAt: '解除时间',
  // Staff
  username: '用户名', displayName: '姓名', role: '角色', scopeName: '管辖范围', lockedUntil: '锁定至',
  // Service requests
  receivedAt: '受理时间', visitorName: '来访人', visitorPhone: '来访人电话', department: '承办部门', transferredAt: '转办时间',
  closedAt: '办结时间', resolution: '办理结果',
  // Sign-ups, check-ins, target groups and the participation rules
  occurrenceId: '活动场次', occurrenceStatus: '场次状态', waitlistPosition: '候补顺序', offerExpiresAt: '确认期限', method: '签到方式',
  volunteerMinutes: '志愿时长（分钟）', memberCount: '成员数', residentIds: '居民', offerHoldMinutes: '候补确认时限',
  signupClosesMinutes: '报名截止', lateCancelMinutes: '迟取消界限', checkInClosesMinutes: '签到截止', pointsPerHour: '每小时积分',
  starThresholds: '星级所需积分', kioskLeaderboard: '大屏排行榜', reminderDayBeforeAt: '前一天提醒时间', reminderLeadMinutes: '开始前提醒（分钟）',
  noShowLimit: '爽约暂停次数', noShowWindowDays: '爽约统计天数', suspensionDays: '暂停天数',
  // No-show suspensions
  noShows: '爽约次数', windowDays: '统计天数', liftedAt: '解除时间',
  // Volunteers
  teamId: '服务队', teamName: '服务队名称', memberId: '志愿者', memberName: '成员姓名', phone: '手机号', publicAlias: '上榜昵称',
  leaderboardConsent: '同意上榜', totalMinutes: '累计时长（分钟）', totalPoints: '累计积分', stars: '星级', joinedAt: '加入时间',
  activityTitle: '活动名称', servedAt: '服务时间', minutes: '时长（分钟）', points: '积分', note: '备注', fromCheckIn: '来自签到',
  reason: '理由',
  // Notifications
  lastError: '最近一次错误',
  // Account deletion
  cancelledBookings: '取消的预约', cancelledRegistrations: '取消的报名',
  // Family proxies (代办)
  proxyResidentId: '代办人', proxyName: '代办人姓名', proxyPhone: '代办人电话', memberResidentId: '被代办居民', memberPhone: '被代办居民电话',
  linkedBy: '关联方式', actedByResidentId: '代办人', actedByName: '代办人姓名',
  proxyMaskedPhone: '代办人电话（部分隐藏）', memberMaskedPhone: '被代办居民电话（部分隐藏）',
  // The service desk: registering residents and their sign-in QR codes
  maskedPhone: '手机号（部分隐藏）', household: '住址 / 户', registeredAt: '登记时间', linkId: '登录链接', expiresAt: '有效至', replacedLinks: '作废的旧链接数',
  // Closures and national holidays (闭馆安排), a room's own hours
  allDay: '全天', decision: '对已有安排的处理', cancelledDates: '取消的活动场次', kept: '保留已有安排', followsNationalHolidays: '跟随国家法定节假日', date: '日期',
  hours: '开放时间',
  // Residents' activity proposals (居民提议)
  state: '状态', preferredDates: '希望日期', expectedPeople: '预计人数', proposerName: '提议人', question: '工作人员提问', answer: '居民回复', declineReason: '不采纳原因',
  // Approval chains (审批流程) and where a request stands in one
  roomKind: '房间类型', steps: '审批步骤', approval: '审批进度', approvalStep: '审批到第几步',
  // Households and organisations (家庭与组织), a target group's audience, a date's closure
  members: '成员', organisationId: '组织', publishName: '允许公开名称', audience: '代表人群', closure: '闭馆',
  // Spreadsheet imports (表格导入): what one commit did
  created: '新增', updated: '更新', unchanged: '不变',
  // A residents export with full numbers: how many, in which format, found by what search
  exportedResidents: '导出居民人数', format: '文件格式', search: '搜索条件',
  // Activity records (活动纪实)
  body: '正文', tags: '标签', organiser: '组织单位', occurrence: '关联活动场次', photos: '照片', consent: '已确认同意公开', consentByName: '确认人', consentAt: '确认时间', publishedAt: '发布时间', views: '浏览次数',
  // Co-building (区域化党建): units, agreements, the three lists, joint meetings; a room a unit provides; the quarterly assessment
  providedBy: '提供单位', partners: '共建对象', partner: '签约对象', rooms: '提供的活动室', agreementCount: '协议数', attachment: '附件',
  content: '协议内容', startsOn: '开始日期', endsOn: '结束日期', unitId: '单位', unitName: '单位名称', units: '可参加的单位', quantity: '数量',
  ownerName: '所属', resources: '资源', needs: '需求', startedOn: '开始日期', completedOn: '完成日期',
  attendees: '参会单位', problems: '问题', centers: '中心', indicators: '考核指标', quarter: '季度',
}
