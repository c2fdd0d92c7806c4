import { Type } from '@sinclair/typebox'
import { errorResponses } from '@linli/contracts'
import { notFound } from '../../plugins/errors'
import type { Database } from '../../db/database'
import { findCenter } from '../centers/centers.repository'

/** A file download (CSV or XLSX); errors answer as JSON like every other route. */
export const fileResponse = { 200: Type.String({ description: 'The list as CSV (UTF-8 with BOM) or XLSX, as `format` asks' }), ...errorResponses }
export const produces = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']

/** The center a file is named after, and whose zone its times are written in. */
export async function exportCenter(db: Database, id: string) {
  const center = await findCenter(db, id)
  if (!center) throw notFound('Center')
  return center
}
