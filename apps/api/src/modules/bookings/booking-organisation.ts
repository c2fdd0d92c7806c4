import type { BookingCreate } from '@linli/contracts'
import type { Database } from '../../db/database'
import { badRequest } from '../../plugins/errors'
import {
  findOrganisation, findServingCenterByName, insertOrganisation, isMember, regionsAbove,
} from '../organisations/organisations.repository'
import type { RoomContext } from './room-context'

const notMember = () => badRequest('organisation_not_member', 'You can book only for an organisation you are a member of at this center; ask the desk to add you')

/**
 * The organisation a booking is for. By id: one the room's center serves (its own or a region's
 * above it), and for a resident one they are a member of. By name (older clients): for staff the
 * center's organisation of that name, made on first use as free text used to be; for a resident
 * only one of their own.
 */
export async function resolveBookingOrganisation(db: Database, room: RoomContext, residentId: string | null, body: Pick<BookingCreate, 'organisationId' | 'organisationName'>) {
  // Most bookings name no organisation: they need not read the center's regions.
  if (!body.organisationId && !body.organisationName?.trim()) return null
  const regions = await regionsAbove(db, room.center_id)
  let org
  if (body.organisationId) {
    org = await findOrganisation(db, body.organisationId)
    const serves = org && (org.center_id === room.center_id || (org.region_id !== null && regions.includes(org.region_id)))
    if (!org || !serves) {
      if (residentId) throw notMember()
      throw badRequest('organisation_not_here', 'This organisation does not book at this center')
    }
  } else {
    const name = body.organisationName?.trim()
    if (!name) return null
    org = await findServingCenterByName(db, room.center_id, regions, name)
    if (!org && residentId) throw notMember()
    // Two first bookings for a new name at once: one makes it (organisations_center_name_key), the other finds it.
    org ??= await insertOrganisation(db, { centerId: room.center_id, regionId: null, name, contactName: null, contactPhone: null, publishName: true, weeklyQuota: null })
      .catch(async (e: unknown) => {
        if ((e as { code?: string }).code !== '23505') throw e
        return (await findServingCenterByName(db, room.center_id, regions, name))!
      })
  }
  if (residentId && !(await isMember(db, org.id, residentId))) throw notMember()
  return { id: org.id, name: org.name }
}
