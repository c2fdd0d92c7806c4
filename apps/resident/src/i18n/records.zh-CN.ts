/** 活动风采: the records a center published, on the phone. */
export default {
  open: '活动风采', openHint: '看看中心最近办了哪些活动',
  list: { title: '活动风采', empty: '这个中心还没有发布活动纪实', loadFailed: '暂时无法读取活动纪实', photos: '{n} 张照片' },
  record: {
    title: '活动纪实', notFound: '这条纪实已撤下或不存在', back: '返回活动风采', organiser: '组织单位：{name}', checkedIn: '{n} 人参加',
    views: '浏览 {n} 次', photo: '第 {n} 张照片', published: '发布于 {date}',
  },
}
