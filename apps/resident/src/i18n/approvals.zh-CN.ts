/** 审批进度 on a booking waiting for approval: the steps of its chain, who decides, by when. */
export default {
  title: '审批进度',
  step: '第 {n} 步：{who}（{name}）',
  approvers: { center_staff: '中心工作人员', subdistrict_admin: '街道管理员' },
  states: { done: '已完成', current: '审批中', next: '待审批' },
  due: '，{due} 前答复',
}
