import type { RegionLevel } from './regions'
import type { RoomAccess, RoomKind } from './rooms'
import type { StaffRole } from './auth'
import type { ActivityCategory, ActivityStatus, Audience, OrganiserKind } from './activities'

type Label = { 'zh-CN': string; en: string }

/** Display names for enum values, shared by the admin and kiosk apps. */
export const roomKindLabels: Record<RoomKind, Label> = {
  party_activity: { 'zh-CN': '党员活动室', en: 'Party members\' room' },
  multi_function: { 'zh-CN': '多功能活动室', en: 'Multi-function hall' },
  book_bar: { 'zh-CN': '书吧', en: 'Book bar' },
  gym: { 'zh-CN': '健身室', en: 'Gym' },
  chess: { 'zh-CN': '益智棋类室', en: 'Chess and puzzle room' },
  children_playground: { 'zh-CN': '儿童乐园', en: 'Children\'s playground' },
  after_school: { 'zh-CN': '四点半课堂', en: 'After-school class' },
  history_hall: { 'zh-CN': '村史馆', en: 'Village history hall' },
  party_school: { 'zh-CN': '区域党校', en: 'Party school classroom' },
  lecture_hall: { 'zh-CN': '讲堂', en: 'Lecture hall' },
  exhibition_hall: { 'zh-CN': '党建展厅', en: 'Exhibition hall' },
  representatives_studio: { 'zh-CN': '两代表一委员工作室', en: 'Representatives\' studio' },
  counselling: { 'zh-CN': '心理咨询室', en: 'Counselling room' },
  legal_aid: { 'zh-CN': '法律援助室', en: 'Legal aid room' },
  mediation: { 'zh-CN': '家事调解室', en: 'Family mediation room' },
  incubator: { 'zh-CN': '创业孵化基地', en: 'Startup incubator' },
  science_station: { 'zh-CN': '青少年科技站', en: 'Youth science station' },
  womens_home: { 'zh-CN': '妇女之家', en: 'Women\'s home' },
  seniors_home: { 'zh-CN': '银龄之家', en: 'Seniors\' home' },
  youth_home: { 'zh-CN': '青春家园', en: 'Youth home' },
  service_hall: { 'zh-CN': '居民服务大厅', en: 'Resident service hall' },
  meeting_room: { 'zh-CN': '会议室', en: 'Meeting room' },
  other: { 'zh-CN': '其他', en: 'Other' },
}

export const roomAccessLabels: Record<RoomAccess, Label> = {
  resident: { 'zh-CN': '居民可预约', en: 'Residents may book' },
  staff: { 'zh-CN': '仅工作人员', en: 'Staff only' },
  open: { 'zh-CN': '开放使用', en: 'Open access' },
}

export const regionLevelLabels: Record<RegionLevel, Label> = {
  district: { 'zh-CN': '区', en: 'District' },
  subdistrict: { 'zh-CN': '街道', en: 'Subdistrict' },
  community: { 'zh-CN': '社区', en: 'Community' },
}

export const staffRoleLabels: Record<StaffRole, Label> = {
  district_admin: { 'zh-CN': '区级管理员', en: 'District administrator' },
  center_manager: { 'zh-CN': '中心主任', en: 'Center manager' },
  center_staff: { 'zh-CN': '中心工作人员', en: 'Center staff' },
}

export const weekdayLabels: Record<number, Label> = {
  1: { 'zh-CN': '周一', en: 'Mon' }, 2: { 'zh-CN': '周二', en: 'Tue' }, 3: { 'zh-CN': '周三', en: 'Wed' },
  4: { 'zh-CN': '周四', en: 'Thu' }, 5: { 'zh-CN': '周五', en: 'Fri' }, 6: { 'zh-CN': '周六', en: 'Sat' },
  7: { 'zh-CN': '周日', en: 'Sun' },
}

export const activityCategoryLabels: Record<ActivityCategory, Label> = {
  party_day: { 'zh-CN': '主题党日', en: 'Themed party day' },
  science: { 'zh-CN': '科普教育', en: 'Science education' },
  seniors: { 'zh-CN': '银龄关爱', en: 'Seniors' },
  children: { 'zh-CN': '少儿课堂', en: 'Children & after-school' },
  youth: { 'zh-CN': '青年活动', en: 'Youth' },
  women: { 'zh-CN': '妇女之家', en: 'Women' },
  volunteer: { 'zh-CN': '志愿服务', en: 'Volunteer service' },
  health: { 'zh-CN': '健康义诊', en: 'Health' },
  culture_sports: { 'zh-CN': '文体活动', en: 'Culture & sports' },
  lecture: { 'zh-CN': '讲座讲堂', en: 'Lecture' },
  festival: { 'zh-CN': '节日活动', en: 'Festival' },
  meeting: { 'zh-CN': '会议', en: 'Meeting' },
}

export const audienceLabels: Record<Audience, Label> = {
  residents: { 'zh-CN': '全体居民', en: 'All residents' },
  seniors: { 'zh-CN': '老年人', en: 'Seniors' },
  children: { 'zh-CN': '儿童', en: 'Children' },
  parents: { 'zh-CN': '家长', en: 'Parents' },
  youth: { 'zh-CN': '青年', en: 'Youth' },
  women: { 'zh-CN': '妇女', en: 'Women' },
  party_members: { 'zh-CN': '党员', en: 'Party members' },
  volunteers: { 'zh-CN': '志愿者', en: 'Volunteers' },
}

export const organiserKindLabels: Record<OrganiserKind, Label> = {
  center: { 'zh-CN': '服务中心', en: 'The center' },
  party_branch: { 'zh-CN': '党支部', en: 'Party branch' },
  resident_unit: { 'zh-CN': '驻区单位', en: 'Resident unit' },
  social_organisation: { 'zh-CN': '社会组织', en: 'Social organisation' },
  volunteer_team: { 'zh-CN': '志愿服务队', en: 'Volunteer team' },
}

export const activityStatusLabels: Record<ActivityStatus, Label> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  published: { 'zh-CN': '已发布', en: 'Published' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
}
