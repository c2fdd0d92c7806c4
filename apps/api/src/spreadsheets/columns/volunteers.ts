import { type Columns, dateColumn, phoneColumn, textColumn, yesNoColumn } from './column'

/**
 * Members of a center's volunteer teams; matched by 手机号 and 志愿服务队. A number without an
 * account gets one (no password: the volunteer signs in by SMS code); a team not yet there is made.
 */
export const volunteerColumns = [
  textColumn({ key: 'name', header: '姓名', headerEn: 'Name', required: true, max: 40, example: '李建国' }),
  phoneColumn({ key: 'phone', header: '手机号', headerEn: 'Mobile', required: true, example: '13900139000' }),
  textColumn({ key: 'team', header: '志愿服务队', headerEn: 'Team', required: true, max: 60, example: '银龄志愿服务队' }),
  textColumn({ key: 'publicAlias', header: '公开昵称', headerEn: 'Public alias', max: 20, example: '热心的李师傅' }),
  yesNoColumn({ key: 'leaderboardConsent', header: '同意上榜', headerEn: 'On the leaderboard', example: '是' }),
  dateColumn({ key: 'joinedOn', header: '加入日期', headerEn: 'Joined on', example: '2026-03-01' }),
  yesNoColumn({ key: 'active', header: '在队', headerEn: 'Active', example: '是' }),
] as const satisfies Columns

export interface VolunteerImportRow {
  name: string; phone: string; team: string; publicAlias: string | null; leaderboardConsent: boolean | null
  joinedOn: string | null; active: boolean | null
}
