import type { Table } from '../../spreadsheets/table'
import { activitiesImporter } from './activities.importer'
import type { Importer } from './importer'
import { residentsImporter } from './residents.importer'
import { roomsImporter } from './rooms.importer'
import { templateTable } from './template'
import { volunteerTeamsImporter } from './volunteer-teams.importer'
import { volunteersImporter } from './volunteers.importer'

/**
 * The sheets of a whole center's workbook (中心整表), named by their kinds' titles, in the order they
 * are written: rooms before the activities that name them, teams before their volunteers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each importer has its own row and plan types
export const WORKBOOK_SHEETS: readonly Importer<any, any>[] = [roomsImporter, residentsImporter, volunteerTeamsImporter, volunteersImporter, activitiesImporter]

export const WORKBOOK_TITLE = '中心整表'

/** Every sheet's template, its example activity held in the example room, so the template as downloaded imports cleanly. */
export function workbookTemplate(): Table[] {
  const roomName = roomsImporter.columns.find((c) => c.key === 'name')!.example
  return WORKBOOK_SHEETS.map((importer) => {
    const table = { ...templateTable(importer), title: importer.title }
    if (importer !== activitiesImporter) return table
    const at = importer.columns.findIndex((c) => c.key === 'room')
    return { ...table, rows: table.rows.map((r) => r.map((cell, i) => (i === at ? roomName : cell))) }
  })
}
