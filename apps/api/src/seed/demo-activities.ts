import type { ActivityCategory, Audience, OrganiserKind } from '@linli/contracts'

/**
 * A month of activities from the field reports, placed relative to the day the demo is seeded.
 * `rooms` lists room names to try in order (centers differ); `location` is used when none exists.
 * `day` is days after the seed date for one-off activities; recurring ones start this month.
 */
export interface ActivitySeed {
  title: string
  category: ActivityCategory
  audiences: Audience[]
  organiser: [OrganiserKind, string]
  rooms: string[]
  location?: string
  time: [start: string, end: string]
  rrule?: string
  /** For daily rules: how many days to run (keeps the demo database small). */
  days?: number
  day?: number
  capacity?: number
  description?: string
  status?: 'draft'
}

export const demoActivities: ActivitySeed[] = [
  { title: '主题党日', category: 'party_day', audiences: ['party_members'], organiser: ['party_branch', '社区党委'], rooms: ['党员活动室'], time: ['09:00', '11:00'], rrule: 'FREQ=MONTHLY;BYDAY=2FR', capacity: 40, description: '每月第二个星期五，重温入党誓词，集中学习。' },
  { title: '四点半课堂', category: 'children', audiences: ['children', 'parents'], organiser: ['center', '中心社工'], rooms: ['四点半课堂'], time: ['16:30', '18:00'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', capacity: 30, description: '放学后作业辅导与兴趣课，家长 18:00 前接回。' },
  { title: '科普知识教育', category: 'science', audiences: ['residents', 'seniors'], organiser: ['social_organisation', '郑州市科技馆志愿队'], rooms: ['多功能厅', '多功能活动室'], time: ['09:30', '11:00'], rrule: 'FREQ=MONTHLY;BYDAY=1SA', capacity: 100 },
  { title: '老人集体祝寿', category: 'seniors', audiences: ['seniors'], organiser: ['center', '中心'], rooms: ['银龄之家', '多功能厅', '多功能活动室'], time: ['15:00', '16:30'], rrule: 'FREQ=MONTHLY;BYDAY=-1SU', capacity: 60 },
  { title: '幸福联谊会', category: 'culture_sports', audiences: ['residents'], organiser: ['volunteer_team', '文艺志愿服务队'], rooms: ['多功能厅', '多功能活动室'], time: ['14:30', '16:30'], rrule: 'FREQ=MONTHLY;BYDAY=3SA', capacity: 150 },
  { title: '党课（三会一课）', category: 'lecture', audiences: ['party_members'], organiser: ['party_branch', '社区党委'], rooms: ['区域党校教室', '党员活动室'], time: ['15:00', '16:30'], rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', capacity: 60 },
  { title: '共建单位联席会议', category: 'meeting', audiences: ['party_members'], organiser: ['center', '街道党工委'], rooms: ['两代表一委员工作室', '会议室', '党员活动室'], time: ['09:00', '11:00'], rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU' },
  { title: '棋艺交流', category: 'culture_sports', audiences: ['seniors', 'residents'], organiser: ['volunteer_team', '银龄志愿服务队'], rooms: ['益智棋类室'], time: ['09:00', '11:30'], rrule: 'FREQ=DAILY', days: 60 },
  { title: '太极拳晨练', category: 'culture_sports', audiences: ['seniors'], organiser: ['volunteer_team', '太极拳志愿服务队'], rooms: [], location: '中心东侧广场', time: ['07:00', '08:00'], rrule: 'FREQ=DAILY', days: 60 },
  { title: '亲子绘本阅读', category: 'children', audiences: ['children', 'parents'], organiser: ['social_organisation', '悦读公益'], rooms: ['书吧'], time: ['10:00', '11:00'], rrule: 'FREQ=WEEKLY;BYDAY=SA,SU', capacity: 20 },
  { title: '妇女手工坊', category: 'women', audiences: ['women'], organiser: ['center', '社区妇联'], rooms: ['妇女之家', '青春家园'], time: ['14:00', '16:00'], rrule: 'FREQ=WEEKLY;BYDAY=WE', capacity: 20 },
  { title: '律师坐诊 · 法律咨询', category: 'volunteer', audiences: ['residents'], organiser: ['volunteer_team', '律师志愿服务队'], rooms: ['法律援助室', '家事调解室'], time: ['14:00', '17:00'], rrule: 'FREQ=WEEKLY;BYDAY=TH' },
  { title: '青少年科技小课堂', category: 'youth', audiences: ['youth', 'children'], organiser: ['social_organisation', '青少年科技站'], rooms: ['青少年科技站', '青春家园'], time: ['15:00', '17:00'], rrule: 'FREQ=WEEKLY;BYDAY=SA', capacity: 20 },
  { title: '冬季义诊', category: 'health', audiences: ['seniors', 'residents'], organiser: ['resident_unit', '区人民医院'], rooms: ['居民服务大厅', '多功能厅', '多功能活动室'], time: ['08:30', '11:30'], day: 3, description: '测血压、血糖，专家现场问诊，请带好医保卡。' },
  { title: '无偿献血', category: 'health', audiences: ['residents'], organiser: ['resident_unit', '郑州市中心血站'], rooms: [], location: '中心门前广场', time: ['09:00', '16:00'], day: 5 },
  { title: '专家讲坛：冬季养生', category: 'lecture', audiences: ['seniors'], organiser: ['resident_unit', '省中医院'], rooms: ['区域党校教室', '多功能厅', '多功能活动室'], time: ['09:30', '11:00'], day: 6, capacity: 60 },
  { title: '党史知识竞赛', category: 'party_day', audiences: ['party_members'], organiser: ['center', '中心'], rooms: ['多功能厅', '多功能活动室'], time: ['19:00', '21:00'], day: 8, capacity: 120 },
  { title: '"我身边的好党员"演讲比赛', category: 'party_day', audiences: ['party_members', 'residents'], organiser: ['party_branch', '社区党委'], rooms: ['多功能厅', '多功能活动室'], time: ['19:00', '20:30'], day: 12, description: '33 名选手参赛，设一等奖 2 名、二等奖 5 名、三等奖 8 名。' },
  { title: '暖冬包饺子节', category: 'festival', audiences: ['residents', 'seniors', 'children'], organiser: ['center', '中心'], rooms: ['多功能厅', '多功能活动室'], time: ['10:00', '12:00'], day: 10, capacity: 200 },
  { title: '家庭教育培训班', category: 'lecture', audiences: ['parents'], organiser: ['social_organisation', '家庭教育指导中心'], rooms: ['区域党校教室', '会议室', '党员活动室'], time: ['19:00', '20:30'], day: 2, rrule: 'FREQ=WEEKLY;COUNT=6', capacity: 30 },
  { title: '新春联欢会筹备会', category: 'meeting', audiences: ['volunteers'], organiser: ['center', '中心'], rooms: ['会议室', '党员活动室'], time: ['18:30', '19:30'], day: 4, status: 'draft' },
]
