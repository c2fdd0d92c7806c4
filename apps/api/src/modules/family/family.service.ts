import type { App } from '../../app-instance'
import type { Database } from '../../db/database'
import { type DeskFamilyDirection, FAMILY_LIMIT } from '@linli/contracts'
import { AppError, badRequest, conflict, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { findDeskResident } from '../residents/desk-registration.repository'
import { invalidCode, issueCode, redeemCode } from '../residents/phone-codes'
import { findActiveResidentByPhone, findResident } from '../residents/residents.repository'
import { deleteLink, findLink, findPair, insertLink, linkCounts, toFamilyLink } from './family.repository'

const linkingSelf = () => badRequest('family_self', 'This is your own number: enter the number of the family member you will act for')
const alreadyLinked = () => conflict('family_already_linked', 'You already act for this resident')
const overLimit = (side: 'members' | 'proxies') => conflict('family_limit', side === 'members'
  ? `One resident can act for at most ${FAMILY_LIMIT} family members; unlink one first`
  : `At most ${FAMILY_LIMIT} people can act for one resident; they must unlink one first`)

/** Refuses a second link of the pair or one over a limit, with words, before the database would. */
async function assertLinkable(db: Database, proxyId: string, memberId: string) {
  if (proxyId === memberId) throw linkingSelf()
  if (await findPair(db, proxyId, memberId)) throw alreadyLinked()
  const counts = await linkCounts(db, proxyId, memberId)
  if (counts.members >= FAMILY_LIMIT) throw overLimit('members')
  if (counts.proxies >= FAMILY_LIMIT) throw overLimit('proxies')
}

/**
 * The proxy asks for a 'family_link' code for the member's number. The answer (and the limits)
 * are the same for every number; only a registered number is sent the code. Linking yourself, a
 * member already linked, or a proxy at the limit is refused first: none of that tells the proxy
 * anything about a number they do not already act for.
 * Returns the code to send, or undefined when there is nobody to send it to.
 */
export async function requestLinkCode(app: App, ip: string, proxyId: string, phone: string) {
  const me = await findResident(app.db, proxyId)
  if (!me) throw notFound('Resident')
  if (me.phone === phone) throw linkingSelf()
  const member = await findActiveResidentByPhone(app.db, phone)
  if (member && (await findPair(app.db, proxyId, member.id))) throw alreadyLinked()
  if ((await linkCounts(app.db, proxyId, proxyId)).members >= FAMILY_LIMIT) throw overLimit('members')
  const issued = await issueCode(app, ip, phone, 'family_link')
  if ('retryAfterMs' in issued) return issued
  return { ...issued, deliver: member !== undefined, proxyName: me.name }
}

/** The proxy types the code the member read out: linked, in the code's transaction. */
export async function linkWithCode(app: App, proxyId: string, phone: string, code: string) {
  const id = await redeemCode(app, phone, 'family_link', code, async (trx) => {
    // A code for a number without an account was never sent: a lucky guess of it is just a wrong code.
    const member = await findActiveResidentByPhone(trx, phone)
    if (!member) throw invalidCode()
    await assertLinkable(trx, proxyId, member.id)
    return insertLink(trx, { proxyId, memberId: member.id, method: 'sms_code', centerId: null, staffId: null, now: app.clock() })
  })
  return toFamilyLink((await findLink(app.db, id))!)
}

/** Either side of a link ends it. Someone else's link is "not found". */
export async function unlinkByResident(app: App, residentId: string, linkId: string) {
  const link = await findLink(app.db, linkId)
  if (!link || (link.proxy_resident_id !== residentId && link.member_resident_id !== residentId)) throw notFound('Family link')
  await deleteLink(app.db, link.id)
  return toFamilyLink(link)
}

/**
 * A number without an account and one the center does not know get the same answer, so a desk
 * cannot learn who has an account elsewhere, nor link people it never served.
 */
const notKnownHere = (field: 'proxyPhone' | 'memberPhone', phone: string) => new AppError(404, 'resident_not_here',
  `No resident known to this center has the phone number ${phone}; register them at the desk first`, [{ path: `body/${field}`, message: 'is not known to this center' }])

async function knownResidentByPhone(db: Database, centerId: string, field: 'proxyPhone' | 'memberPhone', phone: string) {
  const resident = await findActiveResidentByPhone(db, phone)
  if (!resident || !(await findDeskResident(db, centerId, resident.id))) throw notKnownHere(field, phone)
  return resident
}

/** Staff at a center's desk link two residents the center knows (audited by the route). */
export async function linkByStaff(app: App, staff: Actor, centerId: string, proxyPhone: string, memberPhone: string) {
  await assertCenterAccess(app.db, staff, centerId, 'manage_participation')
  const proxy = await knownResidentByPhone(app.db, centerId, 'proxyPhone', proxyPhone)
  const member = await knownResidentByPhone(app.db, centerId, 'memberPhone', memberPhone)
  return linkAtDesk(app, staff, centerId, proxy.id, member.id)
}

async function linkAtDesk(app: App, staff: Actor, centerId: string, proxyId: string, memberId: string) {
  const id = await app.db.transaction().execute(async (trx) => {
    await assertLinkable(trx, proxyId, memberId)
    return insertLink(trx, { proxyId, memberId, method: 'staff', centerId, staffId: staff.id, now: app.clock() })
  })
  return (await findLink(app.db, id))!
}

/**
 * The desk links a resident it knows with another it picked from its list: `acts_for` makes the
 * first the proxy. A resident the center does not know is "not found", the other one in words.
 */
export async function linkDeskResidents(app: App, staff: Actor, centerId: string, residentId: string, otherId: string, direction: DeskFamilyDirection) {
  await assertCenterAccess(app.db, staff, centerId, 'manage_participation')
  if (!(await findDeskResident(app.db, centerId, residentId))) throw notFound('Resident')
  if (otherId !== residentId && !(await findDeskResident(app.db, centerId, otherId)))
    throw new AppError(404, 'resident_not_here', 'The other resident is not known to this center; register them at the desk first', [{ path: 'body/otherResidentId', message: 'is not known to this center' }])
  const [proxyId, memberId] = direction === 'acts_for' ? [residentId, otherId] : [otherId, residentId]
  return linkAtDesk(app, staff, centerId, proxyId, memberId)
}

/** Staff end a link their center's desk made (a code link is the residents' own to end). */
export async function unlinkByStaff(app: App, staff: Actor, linkId: string) {
  const link = await findLink(app.db, linkId)
  if (!link?.center_id) throw notFound('Family link')
  await assertCenterAccess(app.db, staff, link.center_id, 'manage_participation')
  await deleteLink(app.db, link.id)
  return link
}
