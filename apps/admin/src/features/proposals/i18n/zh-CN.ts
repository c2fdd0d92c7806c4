/** Chinese texts of 居民提议 (residents' activity proposals), merged into src/i18n/zh-CN.ts. */
const proposalsZh = {
  proposals: {
    nav: '居民提议', title: '居民提议', center: '中心', pickCenter: '请选择中心', noCenter: '暂无可管理的中心。',
    badge: '{n} 条提议待处理',
    states: { submitted: '待处理', question_asked: '已提问', accepted: '已采纳', declined: '未采纳', withdrawn: '已撤回' },
    filter: { label: '状态', all: '全部' },
    list: {
      created: '提交时间', title: '活动名称', proposer: '提议人', dates: '希望日期', people: '预计人数', state: '状态', open: '查看',
      empty: '没有符合条件的提议', emptySubmitted: '暂无待处理的提议',
    },
    detail: {
      title: '提议详情', description: '活动内容', audiences: '面向人群', room: '希望房间', noRoom: '未指定', organisation: '组织名称',
      question: '工作人员的提问', answer: '居民的回复', noAnswer: '尚未回复', reason: '未采纳原因', activity: '已生成草稿活动', openCalendar: '去活动日历',
    },
    actions: {
      question: '提问', accept: '采纳', decline: '不采纳', send: '发送', cancel: '取消', questionLabel: '向提议人提问', reasonLabel: '不采纳的原因（会告知提议人）',
      asked: '已向提议人提问', accepted: '已采纳，已生成草稿活动', declined: '已告知提议人不采纳', needQuestion: '请填写问题', needReason: '请填写不采纳的原因',
      tooLong: '不能超过 500 个字',
    },
    accept: {
      title: '采纳为草稿活动', date: '日期', starts: '开始', ends: '结束', category: '活动类别', room: '房间', location: '地点（不用房间时）',
      submit: '采纳', needDate: '请选择日期', needTimes: '请填写开始和结束时间', endsBeforeStarts: '结束时间须晚于开始时间',
      needCategory: '请选择活动类别', needPlace: '请选择房间或填写地点', hint: '采纳后生成一个草稿活动（组织者为提议人），发布前居民和大屏都看不到。',
    },
  },
}

export default proposalsZh
