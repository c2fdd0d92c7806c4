import { sql } from 'kysely'
import type { Database } from '../../db/database'
import type { AgreementAttachmentType } from '../../db/schema-co-building-agreements'
import type { AgreementCreate, AgreementUpdate } from '@linli/contracts'
import { subtreeQuery } from '../regions/regions.repository'

// Co-building agreements (共建协议): the only SQL of their table.

const agreements = (db: Database) => db.selectFrom('co_building_agreements as a')
  .innerJoin('co_building_units as u', 'u.id', 'a.unit_id')
  .leftJoin('centers as c', 'c.id', 'a.center_id')
  .leftJoin('regions as r', 'r.id', 'a.region_id')
  .select([
    'a.id', 'a.unit_id', 'a.center_id', 'a.region_id', 'a.title', 'a.content', 'a.attachment_name', 'a.attachment_type', 'a.attachment_size',
    'a.created_at', 'a.updated_at', 'u.name as unit_name', 'u.region_id as unit_region_id', 'c.name as center_name', 'r.name as region_name',
    // Drivers read `date` differently (a Date at local midnight, or text): read it as text.
    sql<string>`a.starts_on::text`.as('starts_on'), sql<string>`a.ends_on::text`.as('ends_on'),
  ])

export type AgreementRow = Awaited<ReturnType<ReturnType<typeof agreements>['execute']>>[number]

/** A unit's agreements, latest first; `centerId` keeps only those signed with that center. */
export function listAgreements(db: Database, unitId: string, centerId?: string) {
  let q = agreements(db).where('a.unit_id', '=', unitId)
  if (centerId) q = q.where('a.center_id', '=', centerId)
  return q.orderBy('a.starts_on', 'desc').orderBy('a.id').execute()
}

export const findAgreement = (db: Database, id: string) => agreements(db).where('a.id', '=', id).executeTakeFirst()

export function insertAgreement(db: Database, unitId: string, input: AgreementCreate, createdBy: string | null, now: Date) {
  return db.insertInto('co_building_agreements').values({
    unit_id: unitId,
    center_id: input.centerId ?? null,
    region_id: input.regionId ?? null,
    title: input.title.trim(),
    content: input.content?.trim() ?? '',
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
  }).returning('id').executeTakeFirstOrThrow()
}

export async function updateAgreement(db: Database, id: string, input: AgreementUpdate, now: Date) {
  await db.updateTable('co_building_agreements').set({
    updated_at: now,
    ...(input.title !== undefined && { title: input.title.trim() }),
    ...(input.content !== undefined && { content: input.content.trim() }),
    ...(input.startsOn !== undefined && { starts_on: input.startsOn }),
    ...(input.endsOn !== undefined && { ends_on: input.endsOn }),
  }).where('id', '=', id).execute()
}

export async function setAttachment(db: Database, id: string, file: { name: string; type: AgreementAttachmentType; size: number } | null, now: Date) {
  await db.updateTable('co_building_agreements').set({
    attachment_name: file?.name ?? null, attachment_type: file?.type ?? null, attachment_size: file?.size ?? null, updated_at: now,
  }).where('id', '=', id).execute()
}

export async function deleteAgreement(db: Database, id: string) {
  await db.deleteFrom('co_building_agreements').where('id', '=', id).execute()
}

/** The ids of a unit's agreements that have an attachment (their files go with the unit). */
export async function attachedAgreementIds(db: Database, unitId: string) {
  const rows = await db.selectFrom('co_building_agreements').select('id').where('unit_id', '=', unitId).where('attachment_type', 'is not', null).execute()
  return rows.map((r) => r.id)
}

/**
 * The region report's co-building figures for the units registered under these regions' subtrees:
 * units active now, agreements signed (started) within the period, and agreements in force at its end.
 */
export async function countUnitsAndAgreements(db: Database, regionIds: readonly string[], period: { from: string; to: string }) {
  if (!regionIds.length) return { units: 0, agreementsSigned: 0, agreementsInForce: 0 }
  const regions = [...new Set((await Promise.all(regionIds.map((id) => subtreeQuery(db, id).execute()))).flat().map((r) => r.id))]
  const units = await db.selectFrom('co_building_units as u').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('u.active', '=', true).where('u.region_id', 'in', regions).executeTakeFirstOrThrow()
  const a = await db.selectFrom('co_building_agreements as a').innerJoin('co_building_units as u', 'u.id', 'a.unit_id')
    .select([
      sql<string>`count(*) filter (where a.starts_on between ${period.from}::date and ${period.to}::date)`.as('signed'),
      sql<string>`count(*) filter (where a.starts_on <= ${period.to}::date and a.ends_on >= ${period.to}::date)`.as('in_force'),
    ])
    .where('u.region_id', 'in', regions).executeTakeFirstOrThrow()
  return { units: Number(units.n), agreementsSigned: Number(a.signed), agreementsInForce: Number(a.in_force) }
}
