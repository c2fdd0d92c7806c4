import { auditFieldsZh } from './fields-zh-CN'

/** Chinese texts of the audit log (操作日志), merged into src/i18n/zh-CN.ts. */
const auditZh = {
  audit: {
    title: '操作日志', exportCsv: '导出 CSV', csvHint: '导出的 CSV 按中心、对象、人员和日期筛选，不含“操作”文字筛选',
    time: '时间', actor: '操作人', entity: '对象', action: '操作', entityId: '对象编号', changes: '变更', request: '请求', ip: 'IP',
    allCenters: '全部中心', allEntities: '全部对象', allActors: '全部人员', actionPlaceholder: '操作，如 重置密码', from: '开始日期', to: '结束日期',
    field: '字段', before: '之前', after: '之后', noChanges: '没有记录字段变化', fieldsChanged: '{n} 项：{fields}', fieldSeparator: '、',
    empty: '这段时间没有符合条件的操作记录', truncated: '只显示最近的 {n} 条，请缩小日期范围或增加筛选条件',
    count: '共 {n} 条',
    entities: {
      room: '房间', center: '中心', region: '区域', activity: '活动', occurrence: '活动场次', booking: '预约',
      room_policy: '房间预约规则', room_kind_policy: '房间类型预约规则', center_policy: '中心预约规则', screen: '大屏', announcement: '公告', emergency: '紧急通知', staff: '人员',
      registration: '活动报名', check_in: '签到', resident_group: '目标群体', participation_policy: '参与规则', service_request: '民情诉求',
      volunteer_team: '志愿服务队', volunteer_member: '志愿者', volunteer_service: '志愿服务记录', notification_delivery: '通知发送',
      suspension: '爽约暂停', resident: '居民账号',
      family_link: '家人代办关联', closure: '闭馆安排', center_holidays: '法定节假日设置', proposal: '居民提议', approval_chain: '审批流程', household: '家庭', organisation: '组织',
      import: '表格导入',
      activity_record: '活动纪实',
      co_building_unit: '共建单位', co_building_agreement: '共建协议', co_building_resource: '资源清单', co_building_need: '需求清单', co_building_project: '共建项目',
      joint_meeting: '联席会议', assessment_scheme: '考核方案', assessment_quarter: '季度考核',
    },
    actions: {
      create: '新建', update: '修改', delete: '删除', rename: '重命名', split_from: '拆分自 {id}', cancel: '取消',
      approve: '通过', reject: '拒绝', check_in: '签到', check_in_by_code: '核销签到', create_for_booker: '代客预约', create_series: '每周预约',
      pair: '配对', revoke: '撤销', reload: '刷新', identify: '识别', start: '发布', clear: '解除',
      sign_out_everywhere: '退出所有设备', change_password: '修改密码', reset_password: '重置密码',
      create_for_resident: '代报名', add_members: '添加成员', remove_member: '移出成员',
      transfer: '转办', close: '办结', resolve_on_spot: '当场办结', resend: '重新发送', lift: '解除',
      delete_account: '注销账号',
      desk_register: '服务台登记', sign_in_link: '生成登录二维码', export_full_phones: '导出居民（含完整手机号）',
      import: '导入',
      open_on_holiday: '节假日照常开放', close_on_holiday: '节假日恢复闭馆', question: '提问', accept: '采纳', decline: '不采纳',
      approve_step: '通过本步审批', escalate: '超时上报', expire: '超时失效',
      publish: '发布', unpublish: '撤下', add_photos: '添加照片', remove_photo: '删除照片',
      add_partner: '添加结对', remove_partner: '解除结对', attach: '上传附件', detach: '删除附件', raise_problem: '提出问题',
    },
    actors: { staff: '工作人员', resident: '居民', screen: '大屏', system: '系统' },
    fields: auditFieldsZh,
  },
}

export default auditZh
