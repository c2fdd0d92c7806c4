import type { DeskFamilyLink } from '@linli/contracts'
import { maskPhone } from '../notifications/sms/log'
import type { LinkRow } from './family.repository'

/**
 * A link as staff see it: numbers masked as on the 居民 list (138****5678), so a list of links hands
 * out no one's number; the resident at the desk confirms the last four digits. Audits keep it so too.
 */
export const toDeskFamilyLink = (r: LinkRow): DeskFamilyLink => ({
  id: r.id, proxyResidentId: r.proxy_resident_id, proxyName: r.proxy_name, proxyMaskedPhone: maskPhone(r.proxy_phone),
  memberResidentId: r.member_resident_id, memberName: r.member_name, memberMaskedPhone: maskPhone(r.member_phone),
  linkedBy: r.method, centerId: r.center_id, createdAt: r.created_at.toISOString(),
})
