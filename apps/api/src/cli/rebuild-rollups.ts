import { migrateToLatest } from '../db/migrate'
import { findReportCenter } from '../modules/reports/scope.repository'
import { rebuildRollups, rollupFigures } from '../modules/reports/rollup.repository'
import { type Command, CliFailure, UsageError } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const rebuildRollupsCommand: Command = {
  name: 'rebuild-rollups',
  summary: "Recompute the reports' monthly roll-ups from the raw rows (attendance, bookings, rooms' hours, 民情, volunteer service).",
  help: `
Usage: npm run linli -- rebuild-rollups [--center <id>]

The reports read whole past months from roll-ups (per center and month: attendance per category and
the residents; bookings and rooms' hours per room; 民情 per category; volunteer service per
resident), which the database keeps up to date with every write. Rebuild them after rows were
written with triggers switched off (a bulk load, a restore by hand), or to check them: the
rebuild empties them and counts them again from the raw rows in one transaction, so the reports
never see them half done. Brings this database's schema up to date first.
  --center <id>   only this center's roll-ups (default: every center)`,
  options: { center: { type: 'string' } },
  async run(args) {
    const center = args.values.center
    if (center !== undefined && (typeof center !== 'string' || !UUID.test(center.trim()))) throw new UsageError('--center takes a center id (a UUID)')
    const config = readConfig()
    const started = Date.now()
    const rows = await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      const centerId = typeof center === 'string' ? center.trim() : undefined
      if (centerId && !(await findReportCenter(db, centerId))) throw new CliFailure(`No center ${centerId} in ${describeDatabase(config)}. Nothing was changed.`)
      await rebuildRollups(db, centerId)
      return rollupFigures(db, centerId ? [centerId] : undefined)
    })
    const months = new Set(rows.map((r) => `${r.center_id} ${r.month}`)).size
    console.log(`Rebuilt the roll-ups of ${center ? `center ${center}` : 'every center'} in ${describeDatabase(config)} in ${Date.now() - started} ms: ${months} center-months, ${rows.reduce((n, r) => n + r.held, 0)} occurrences held, ${rows.reduce((n, r) => n + r.check_ins, 0)} check-ins.`)
    return 0
  },
}
