import type { Database } from '../../db/database'
import { AppError } from '../../plugins/errors'
import { findPair, holdPair } from './family.repository'

/**
 * A signed-in resident acting for themselves, or (actedBy set) a proxy acting for the family
 * member `residentId`: bookings, sign-ups and check-ins are the member's, and record who acted.
 */
export interface ResidentActor { residentId: string; actedBy?: string; memberName?: string }

export const notLinked = (name?: string) =>
  new AppError(403, 'family_not_linked', `You do not act for ${name ?? 'this resident'}: you are not linked, or they unlinked you`)

/**
 * Who a resident's request is for: themselves, or `forResidentId` when a link says they act for
 * that resident now. The write re-checks the link in its own transaction (stillLinked).
 */
export async function actingFor(db: Database, residentId: string, forResidentId: string | undefined): Promise<ResidentActor> {
  if (!forResidentId || forResidentId === residentId) return { residentId }
  const link = await findPair(db, residentId, forResidentId)
  if (!link) throw notLinked()
  return { residentId: forResidentId, actedBy: residentId, memberName: link.member_name }
}

/**
 * Who acts on an existing booking or sign-up owned by `ownerId`: its owner, or their proxy.
 * Anyone else is treated as the owner-less caller, so the item stays "not found" to them.
 */
export async function actingOnItemOf(db: Database, residentId: string, ownerId: string | null | undefined): Promise<ResidentActor> {
  if (!ownerId || ownerId === residentId) return { residentId }
  const link = await findPair(db, residentId, ownerId)
  return link ? { residentId: ownerId, actedBy: residentId, memberName: link.member_name } : { residentId }
}

/** Inside the write's transaction: the proxy's link must still be there, and stays until the write commits. */
export async function stillLinked(trx: Database, who: { residentId: string; actedBy?: string; memberName?: string }) {
  if (who.actedBy && !(await holdPair(trx, who.actedBy, who.residentId))) throw notLinked(who.memberName)
}

/**
 * Runs a write for a member; a refusal (a quota, a suspension, already signed up) names the member,
 * in the message and as `details` { path: 'forResidentId', message: name }, so the proxy's page can
 * say whose quota or suspension it is.
 */
export async function namingMember<T>(who: ResidentActor, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (e) {
    if (!who.actedBy || !(e instanceof AppError) || e.statusCode >= 500 || e.code === 'family_not_linked') throw e
    const name = who.memberName ?? ''
    throw new AppError(e.statusCode, e.code, `${name}: ${e.message}`, [...(e.details ?? []), { path: 'forResidentId', message: name }], e.extra)
  }
}
