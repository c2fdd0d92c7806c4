import { randomUUID } from 'node:crypto'
import type { ActivityCreate } from '@linli/contracts'
import { instantToLocal } from '@linli/schedule'
import { AppError, badRequest, notFound } from '../../plugins/errors'
import { type ActivityImportRow, activityColumns } from '../../spreadsheets/columns/activities'
import { createActivityIn } from '../activities/activities.service'
import { assertTimesExist, materialize, validateActivity, withDefaults } from '../activities/series'
import { findClashes, type Hold } from '../reservations/reservations.repository'
import { activitiesTitled, centerOfImport, roomsForActivities } from './activities-import.repository'
import { type Planned, differences, withinFile } from './activities-checks'
import { activityInputOf } from './activities-rows'
import type { Importer, RowOutcome } from './importer'
import { rowErrors } from './importer'

interface Plan { timeZone: string; creates: ActivityCreate[] }

/** A center runs dozens of series; a file's every date is checked against the rooms, so the rows are bounded. */
export const MAX_ACTIVITY_ROWS = 500
const CLASH_QUERY_HOLDS = 10_000

// The create path's refusals, said in the preview's language.
const seriesMessages: Record<string, string> = {
  series_too_long: '这条规则的活动超过 1000 次，请写结束日期',
  empty_series: '这条规则在开始日期之后没有任何一次活动',
  invalid_time_range: '每次活动最长 7 天，结束时间须晚于开始时间',
  time_skipped_by_dst: '这个时间因夏令时调整在本地并不存在',
}

/**
 * Activities by 活动名称 and 房间 within the center. A new pair is created with its dates through the
 * create-activity path; a pair already there and the same is unchanged; one that differs is refused
 * (changing a series moves residents' sign-ups, which is done on the activity page, not by a file).
 */
export const activitiesImporter: Importer<ActivityImportRow, Plan> = {
  kind: 'activities',
  scope: 'center',
  title: '活动',
  centerAction: 'manage_activities',
  publishes: 'schedule',
  columns: activityColumns,
  async validate(db, rows, ctx) {
    if (rows.length > MAX_ACTIVITY_ROWS)
      throw badRequest('import_too_many_rows', `活动表最多 ${MAX_ACTIVITY_ROWS} 行，这个文件有 ${rows.length} 行，请分成几个文件导入`)
    const centerId = ctx.centerId!
    const center = await centerOfImport(db, centerId)
    if (!center) throw notFound('Center')
    const rooms = new Map((await roomsForActivities(db, centerId)).map((r) => [r.name, r]))
    // A room the same workbook creates has no id before its commit; a stand-in one holds nothing, so nothing clashes with it.
    for (const r of ctx.workbook?.rooms ?? []) {
      const stored = rooms.get(r.name)
      rooms.set(r.name, { id: stored?.id ?? randomUUID(), name: r.name, capacity: r.capacity ?? stored!.capacity, active: r.active ?? stored!.active })
    }
    const stored = await activitiesTitled(db, centerId, [...new Set(rows.map((r) => r.values.title))])
    const problems = rowErrors()
    const plan: Plan = { timeZone: center.time_zone, creates: [] }
    const planned: Planned[] = []
    const firstRow = new Map<string, number>()

    const outcomes = rows.map(({ row, values: v }): RowOutcome | undefined => {
      const room = rooms.get(v.room)
      if (!room) {
        problems.add(row, '房间', `本中心没有名为“${v.room}”的房间`)
        return undefined
      }
      const key = `${v.title}\u0000${room.id}`
      const first = firstRow.get(key)
      if (first !== undefined) {
        problems.add(row, '活动名称', `活动“${v.title}”（${room.name}）在第 ${first} 行已有，同一文件中每个房间的同名活动只能出现一次`)
        return undefined
      }
      firstRow.set(key, row)
      const made = activityInputOf(v, room, center.name)
      if ('problems' in made) {
        for (const [column, message] of made.problems) problems.add(row, column, message)
        return undefined
      }
      let fields
      let occurrences
      try {
        fields = validateActivity(withDefaults(made.input))
        assertTimesExist(center.time_zone, fields)
        occurrences = materialize(fields, center.time_zone, ctx.now).occurrences
      } catch (e) {
        if (!(e instanceof AppError)) throw e
        problems.add(row, '时间规则', seriesMessages[e.code] ?? e.message)
        return undefined
      }
      const same = stored.filter((a) => a.title === v.title && a.room_id === room.id)
      if (same.length > 0) {
        const differs = same.every((a) => differences(a, fields).length > 0)
        if (!differs) return 'unchanged'
        problems.add(row, null, `本中心“${room.name}”已有活动“${v.title}”，与表中不同（${differences(same[0]!, fields).join('、')}）；导入不修改已有活动，请在活动页面修改，或换一个活动名称`)
        return undefined
      }
      plan.creates.push(made.input)
      planned.push({ row, title: v.title, holds: occurrences.map((o) => ({ roomId: room.id, startsAt: o.startsAt, endsAt: o.endsAt })) })
      return 'created'
    })

    const clashRows = new Set<number>()
    const tz = center.time_zone
    const when = (h: Hold) => `${instantToLocal(h.startsAt, tz).replace('T', ' ')}-${instantToLocal(h.endsAt, tz).slice(11)}`
    for (const clash of withinFile(planned)) {
      if (clashRows.has(clash.row)) continue
      clashRows.add(clash.row)
      problems.add(clash.row, '时间规则', `与第 ${clash.other.row} 行“${clash.other.title}”在同一房间时间冲突：${when(clash.hold)}`)
    }
    const allHolds = planned.flatMap((p) => p.holds.map((h) => ({ h, p })))
    const held = new Map<Planned, { first: Awaited<ReturnType<typeof findClashes>>[number]; holds: Set<number> }>()
    for (let i = 0; i < allHolds.length; i += CLASH_QUERY_HOLDS) {
      for (const clash of await findClashes(db, allHolds.slice(i, i + CLASH_QUERY_HOLDS).map((x) => x.h))) {
        const index = clash.index + i
        const { p } = allHolds[index]!
        const seen = held.get(p) ?? { first: { ...clash, index }, holds: new Set<number>() }
        seen.holds.add(index)
        held.set(p, seen)
      }
    }
    for (const [p, { first, holds }] of held) {
      if (clashRows.has(p.row)) continue
      clashRows.add(p.row)
      // findClashes names a booking only as 已被占用: residents' names never reach a file's preview.
      const other = first.withTitle === '已被占用' ? '已有的预约' : `活动“${first.withTitle}”`
      problems.add(p.row, '时间规则', `与${other}在“${first.roomName}”时间冲突：${when(allHolds[first.index]!.h)}${holds.size > 1 ? ` 等 ${holds.size} 次` : ''}`)
    }
    if (clashRows.size) {
      const refused = new Set(planned.filter((p) => clashRows.has(p.row)).map((p) => p.row))
      plan.creates = plan.creates.filter((_, i) => !refused.has(planned[i]!.row))
    }
    return { outcomes: outcomes.map((o, i) => (problems.failed.has(rows[i]!.row) ? undefined : o)), errors: problems.errors, plan }
  },
  async apply(trx, { plan }, ctx) {
    for (const input of plan.creates) await createActivityIn(trx, ctx.actor, ctx.centerId!, plan.timeZone, input, ctx.now)
  },
}
