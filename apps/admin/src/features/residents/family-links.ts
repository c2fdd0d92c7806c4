import type { DeskFamily, DeskFamilyDirection, DeskFamilyLink, DeskResident } from '@linli/contracts'

/** One line of the 家人代办 dialog: the other person, which way the link goes, how it was made. */
export interface FamilyRow {
  id: string
  /** `actsFor`: this resident acts for the other; `actedForBy`: the other acts for this resident. */
  side: 'actsFor' | 'actedForBy'
  otherName: string
  otherMaskedPhone: string
  linkedBy: DeskFamilyLink['linkedBy']
  createdAt: string
  /** Staff end only links their own center's desk made; a code link is the residents' own to end. */
  removable: boolean
}

/** Both sides of a resident's links as rows, whom they act for first, each side oldest first. */
export function familyRows(family: DeskFamily, centerId: string): FamilyRow[] {
  const row = (l: DeskFamilyLink, side: FamilyRow['side']): FamilyRow => ({
    id: l.id, side, linkedBy: l.linkedBy, createdAt: l.createdAt,
    otherName: side === 'actsFor' ? l.memberName : l.proxyName,
    otherMaskedPhone: side === 'actsFor' ? l.memberMaskedPhone : l.proxyMaskedPhone,
    removable: l.linkedBy === 'staff' && l.centerId === centerId,
  })
  return [...family.members.map((l) => row(l, 'actsFor')), ...family.proxies.map((l) => row(l, 'actedForBy'))]
}

/**
 * The residents the desk may pick to link with: not the resident themselves, and not someone
 * already linked the chosen way round (the other way round is a separate link).
 */
export function linkCandidates(found: DeskResident[], residentId: string, family: DeskFamily | null, direction: DeskFamilyDirection) {
  const taken = new Set(direction === 'acts_for'
    ? (family?.members ?? []).map((l) => l.memberResidentId)
    : (family?.proxies ?? []).map((l) => l.proxyResidentId))
  return found.filter((r) => r.id !== residentId && !taken.has(r.id))
}

/** Whether this side is full: the API would refuse with `family_limit`, so the form says so first. */
export function sideFull(family: DeskFamily | null, direction: DeskFamilyDirection) {
  if (!family) return false
  return (direction === 'acts_for' ? family.members.length : family.proxies.length) >= family.limit
}
