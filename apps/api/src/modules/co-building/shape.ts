import type { AgreementStatus, CoBuildingAgreement, CoBuildingUnit, UnitPartner } from '@linli/contracts'
import type { AgreementRow } from './agreements.repository'
import type { UnitRow, unitDetails } from './units.repository'

type Details = Awaited<ReturnType<typeof unitDetails>>

export function toUnits(rows: UnitRow[], d: Details): CoBuildingUnit[] {
  return rows.map((u) => ({
    id: u.id,
    regionId: u.region_id,
    regionName: u.region_name,
    name: u.name,
    kind: u.kind,
    contactName: u.contact_name,
    contactPhone: u.contact_phone,
    address: u.address,
    active: u.active,
    partners: d.partners.filter((p) => p.unit_id === u.id).map((p): UnitPartner => (p.center_id
      ? { kind: 'center', id: p.center_id, name: p.center_name ?? '' }
      : { kind: 'region', id: p.region_id!, name: p.region_name ?? '' })),
    rooms: d.rooms.filter((r) => r.provided_by_unit_id === u.id)
      .map((r) => ({ id: r.id, name: r.name, centerId: r.center_id, centerName: r.center_name, active: r.active })),
    agreementCount: Number(d.agreements.find((a) => a.unit_id === u.id)?.count ?? 0),
    createdAt: u.created_at.toISOString(),
    updatedAt: u.updated_at.toISOString(),
  }))
}

/** 未生效 before its first day, 生效 through its last day, 到期 after. */
export const agreementStatus = (startsOn: string, endsOn: string, today: string): AgreementStatus =>
  today < startsOn ? 'upcoming' : today <= endsOn ? 'active' : 'expired'

export const toAgreement = (a: AgreementRow, today: string): CoBuildingAgreement => ({
  id: a.id,
  unitId: a.unit_id,
  unitName: a.unit_name,
  partner: a.center_id ? { kind: 'center', id: a.center_id, name: a.center_name ?? '' } : { kind: 'region', id: a.region_id!, name: a.region_name ?? '' },
  title: a.title,
  content: a.content,
  startsOn: a.starts_on,
  endsOn: a.ends_on,
  status: agreementStatus(a.starts_on, a.ends_on, today),
  attachment: a.attachment_type ? { name: a.attachment_name!, contentType: a.attachment_type, size: a.attachment_size! } : null,
  createdAt: a.created_at.toISOString(),
  updatedAt: a.updated_at.toISOString(),
})
