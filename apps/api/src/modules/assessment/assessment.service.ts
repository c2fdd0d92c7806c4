import type { AssessmentRanking, AssessmentSchemeBody, SchemeIndicator } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest, conflict } from '../../plugins/errors'
import { platformFigures } from '../reports/platform.repository'
import { regionReport } from '../reports/region-report'
import { findClosedQuarter, findScheme, frozenScores, insertClosedQuarter, lockRegion, replaceScheme } from './assessment.repository'
import { checkQuarterStarted, districtToday, quarterDays, quarterOf } from './quarter'
import { type CenterFigures, asPercent, rankCenters, weightSum } from './scoring'

type Region = { id: string; name: string }

/**
 * Each center's figures for the quarter, from the reports' own functions (the region report's
 * centers, and the platform figures for records), so an assessment and the report agree.
 */
async function quarterFigures(db: Database, region: Region, quarter: string, now: Date): Promise<CenterFigures[]> {
  const period = { ...quarterDays(quarter), asOf: now }
  const report = await regionReport(db, region, period)
  const platform = await platformFigures(db, { regionId: region.id }, period)
  return report.centers.map((c) => {
    const p = platform.find((r) => r.center_id === c.centerId)
    return {
      centerId: c.centerId, centerName: c.centerName,
      figures: {
        activities_held: c.activitiesHeld, people: c.people, person_times: c.personTimes, bookings: c.bookings,
        room_utilisation: asPercent(c.roomUtilisation), service_closing_rate: asPercent(c.serviceClosingRate),
        volunteer_hours: c.volunteerHours, records_published: p?.records_published ?? 0, record_views: p?.record_views ?? 0,
      },
    }
  })
}

/** A quarter's ranking: frozen if closed, else computed now from the scheme in force. */
export async function quarterRanking(db: Database, region: Region, quarter: string, now: Date): Promise<AssessmentRanking> {
  const closed = await findClosedQuarter(db, region.id, quarter)
  const indicators = await findScheme(db, region.id)
  const head = { regionId: region.id, regionName: region.name, quarter, ...quarterDays(quarter) }
  if (closed) {
    const centers = await frozenScores(db, region.id, quarter)
    // The scheme as it was is in each frozen breakdown; the first center's names it for the table's header.
    const frozenIndicators = centers[0]?.breakdown.map(({ indicator, weight, target }) => ({ indicator, weight, target })) ?? indicators
    return { ...head, status: 'closed', closedAt: closed.closed_at.toISOString(), indicators: frozenIndicators, centers }
  }
  checkQuarterStarted(quarter, now)
  const centers = indicators.length ? rankCenters(indicators, await quarterFigures(db, region, quarter, now)) : []
  return { ...head, status: 'open', closedAt: null, indicators, centers }
}

/** What a scheme must be beyond its schema: each indicator once, weights adding up to 100. */
function checkScheme(indicators: readonly SchemeIndicator[]) {
  const seen = new Set<string>()
  for (const i of indicators) {
    if (seen.has(i.indicator)) throw badRequest('duplicate_indicator', `${i.indicator} is chosen twice (指标重复)`)
    seen.add(i.indicator)
  }
  const sum = weightSum(indicators)
  if (sum !== 100) throw badRequest('weights_not_hundred', `The weights add up to ${sum}, not 100 (权重合计 ${sum}，应为 100)`)
}

/**
 * Saves a region's scheme. Refused once the current quarter is closed: its scores are frozen and
 * the scheme that made them stays as it was until the next quarter begins.
 */
export async function saveScheme(db: Database, regionId: string, body: AssessmentSchemeBody, now: Date) {
  checkScheme(body.indicators)
  const current = quarterOf(districtToday(now))
  await db.transaction().execute(async (trx) => {
    await lockRegion(trx, regionId)
    if (await findClosedQuarter(trx, regionId, current)) {
      throw conflict('quarter_closed', `${current} is closed; its scheme stays as it was until the next quarter (本季度考核已结束，方案不可修改)`)
    }
    await replaceScheme(trx, regionId, body.indicators)
  })
  return { regionId, indicators: await findScheme(db, regionId) }
}

/**
 * Closes a quarter: its scores are computed once more and stored, and from then on read as stored.
 * The figures are read in the reports' own snapshot first; the write then checks, under the
 * region's lock, that nobody closed the quarter or changed the scheme meanwhile.
 */
export async function closeQuarter(db: Database, region: Region, quarter: string, now: Date, staffId: string | null): Promise<AssessmentRanking> {
  checkQuarterStarted(quarter, now)
  const alreadyClosed = () => conflict('quarter_closed', `${quarter} is already closed; its scores are frozen (该季度考核已结束，分数已冻结)`)
  if (await findClosedQuarter(db, region.id, quarter)) throw alreadyClosed()
  const indicators = await findScheme(db, region.id)
  if (!indicators.length) throw conflict('no_scheme', 'Set the assessment scheme before closing a quarter (请先设置考核方案)')
  const scores = rankCenters(indicators, await quarterFigures(db, region, quarter, now))
  await db.transaction().execute(async (trx) => {
    await lockRegion(trx, region.id)
    if (await findClosedQuarter(trx, region.id, quarter)) throw alreadyClosed()
    if (JSON.stringify(await findScheme(trx, region.id)) !== JSON.stringify(indicators)) {
      throw conflict('try_again', 'The scheme changed while the quarter was being closed; try again (方案刚被修改，请重试)')
    }
    await insertClosedQuarter(trx, { regionId: region.id, quarter, closedAt: now, closedBy: staffId }, scores)
  })
  return quarterRanking(db, region, quarter, now)
}
