/** 居民提议: proposing an activity to a center, and 我的提议. */
export default {
  propose: '我要提议',
  mine: '我的提议',
  form: {
    title: '我要提议', intro: '想在中心办一个活动？写下来交给中心，工作人员看过后会回复您。提议在被采纳并发布前，别人看不到。',
    name: '活动名称', namePlaceholder: '例如：社区书法交流会', description: '活动内容（可不填）', descriptionPlaceholder: '做什么、怎么做、需要什么',
    audiences: '面向哪些人（可多选）', dates: '希望的日期（选 1 到 3 个）', date: '第 {n} 个日期', room: '希望的房间（可不选）', noRoom: '不指定',
    people: '预计人数', organisation: '组织名称（以组织名义提议时填写）', submit: '提交提议', sending: '正在提交…',
    needTitle: '请填写活动名称', titleTooLong: '活动名称不能超过 80 个字', descriptionTooLong: '活动内容不能超过 2000 个字', needAudience: '请至少选一类人群',
    needDate: '请至少选一个日期', badDate: '日期格式不对', datePast: '日期要在今天之后', sameDate: '请不要选同一天两次',
    needPeople: '请填写预计人数（1 到 10000 的整数）', organisationTooLong: '组织名称不能超过 80 个字',
    done: '已提交，中心回复后会通知您。', toMine: '看我的提议',
  },
  list: {
    title: '我的提议', empty: '您还没有提过活动建议。可以在中心的活动页点「我要提议」。', loadFailed: '提议没有读出来',
    states: { submitted: '等待中心回复', question_asked: '中心有问题问您', accepted: '已采纳', declined: '未采纳', withdrawn: '已撤回' },
    dates: '希望日期', people: '预计 {n} 人', question: '中心的问题', yourAnswer: '您的回复', reason: '未采纳的原因',
    accepted: '中心已采纳，正在安排，发布后就能在活动里看到。',
    answer: '回复', answerPlaceholder: '写下您的回答', sendAnswer: '发送回复', needAnswer: '请先写下回复', answered: '回复已发送',
    withdraw: '撤回提议', withdrawTitle: '撤回这条提议？', withdrawHint: '撤回后中心不再处理这条提议。', withdrawConfirm: '撤回', keep: '不撤回', withdrawn: '已撤回',
  },
}
