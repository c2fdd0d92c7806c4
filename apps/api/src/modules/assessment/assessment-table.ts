import { type AssessmentIndicator, type AssessmentRanking, type ExportLanguage } from '@linli/contracts'
import type { Table } from '../../spreadsheets/table'

const NAMES: Record<ExportLanguage, Record<AssessmentIndicator, string>> = {
  'zh-CN': {
    activities_held: '开展活动', people: '参与人数', person_times: '参与人次', room_utilisation: '房间使用率',
    service_closing_rate: '民情办结率', volunteer_hours: '志愿服务时长', records_published: '发布活动纪实',
    record_views: '纪实浏览量', bookings: '预约',
  },
  en: {
    activities_held: 'Activities held', people: 'People', person_times: 'Person-times', room_utilisation: 'Room utilisation',
    service_closing_rate: 'Service closing rate', volunteer_hours: 'Volunteer hours', records_published: 'Records published',
    record_views: 'Record views', bookings: 'Bookings',
  },
}

const WORDS = {
  'zh-CN': { title: '季度考核', rank: '排名', center: '服务中心', score: '总分', actual: '实际', points: '得分' },
  en: { title: 'Quarterly assessment', rank: 'Rank', center: 'Service center', score: 'Score', actual: 'actual', points: 'points' },
}

export const indicatorName = (lang: ExportLanguage, indicator: AssessmentIndicator) => NAMES[lang][indicator]
export const assessmentTitle = (lang: ExportLanguage) => WORDS[lang].title

/** One row per center in rank order: rank, name, score, then each indicator's actual and points. */
export function assessmentTable(ranking: AssessmentRanking, lang: ExportLanguage): Table {
  const w = WORDS[lang]
  const perIndicator = ranking.indicators.flatMap((i) => {
    const name = `${NAMES[lang][i.indicator]}（${i.weight}）`
    return lang === 'en' ? [`${NAMES.en[i.indicator]} (${i.weight}) ${w.actual}`, `${NAMES.en[i.indicator]} (${i.weight}) ${w.points}`] : [`${name}${w.actual}`, `${name}${w.points}`]
  })
  return {
    title: `${w.title} ${ranking.quarter}`,
    header: [w.rank, w.center, w.score, ...perIndicator],
    rows: ranking.centers.map((c) => [
      c.rank, c.centerName, c.score,
      ...ranking.indicators.flatMap((i) => {
        const b = c.breakdown.find((x) => x.indicator === i.indicator)
        return [b?.actual ?? null, b?.points ?? 0]
      }),
    ]),
  }
}
