/** Texts of approval chains (审批流程) in 预约管理, merged into the app's messages (src/i18n). */
export const approvalsZh = {
  approvalChains: {
    title: '审批流程', hint: '需审批的房间按此逐步审批：先由中心工作人员审批，符合条件的再由街道管理员审批；房间自己的流程优先于房间类型的流程。',
    empty: '还没有设置审批流程：需审批的房间由本中心任一工作人员审批', target: '适用于', kind: '房间类型', room: '房间',
    pickKind: '选择房间类型', pickRoom: '选择房间', centerStep: '第 1 步：中心工作人员', subdistrictStep: '第 2 步：街道管理员',
    hours: '审批时限（小时）', onLapse: '超时后', needSubdistrict: '需要街道管理员审批', conditions: '满足任一条件时需要（不选则一律需要）',
    headcountOver: '人数超过', organisation: '外单位组织预约', outsideCenterHours: '在中心开放时间以外',
    lapse: { escalate: '上报下一步', expire: '申请失效' },
    when: { headcountOver: '超过 {n} 人', organisation: '外单位组织', outsideCenterHours: '开放时间以外' },
    or: '或', whenSummary: '（{when}）', stepSummary: '{who}{when}，{hours} 小时内审批，超时{lapse}',
    save: '保存审批流程', saved: '审批流程已保存', remove: '删除', removed: '审批流程已删除', removeLabel: '删除 {target} 的审批流程',
  },
  approvals: {
    tab: '待我审批',
    empty: '暂无等待您审批的申请',
    progress: '第 {step}/{of} 步：{who}审批',
    due: '{due} 前',
    approvers: { center_staff: '中心工作人员', subdistrict_admin: '街道管理员' },
    center: '{name}',
  },
}

export const approvalsEn = {
  approvalChains: {
    title: 'Approval chains', hint: 'Requests for rooms that need approval go step by step: the center staff first, then the subdistrict admin when a condition holds; a room\'s own chain overrides its kind\'s.',
    empty: 'No approval chain yet: any of the center\'s staff decide requests', target: 'For', kind: 'Room kind', room: 'Room',
    pickKind: 'Choose a room kind', pickRoom: 'Choose a room', centerStep: 'Step 1: center staff', subdistrictStep: 'Step 2: subdistrict admin',
    hours: 'Time to decide (hours)', onLapse: 'When it lapses', needSubdistrict: 'The subdistrict admin decides too', conditions: 'Only when one of these holds (none ticked: always)',
    headcountOver: 'More people than', organisation: 'Booked by an outside organisation', outsideCenterHours: 'Outside the center\'s opening hours',
    lapse: { escalate: 'goes to the next step', expire: 'expires' },
    when: { headcountOver: 'over {n} people', organisation: 'an outside organisation', outsideCenterHours: 'outside opening hours' },
    or: ' or ', whenSummary: ' ({when})', stepSummary: '{who}{when}, within {hours} h, then {lapse}',
    save: 'Save chain', saved: 'Approval chain saved', remove: 'Delete', removed: 'Approval chain deleted', removeLabel: 'Delete the approval chain of {target}',
  },
  approvals: {
    tab: 'Awaiting me',
    empty: 'No requests are waiting for you',
    progress: 'Step {step} of {of}: {who} decides',
    due: 'by {due}',
    approvers: { center_staff: 'center staff', subdistrict_admin: 'subdistrict admin' },
    center: '{name}',
  },
}
