import type { Me, StaffCreate, StaffMember, StaffRole, StaffUpdate } from '@linli/contracts'
import { changedFields } from '../../composables/changed-fields'
import { roleChoices, scopeKind } from './staff-rules'

/** The contract's username rule: lower-case letters, digits, `.`, `_`, `-`; 3 to 32 characters. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/

/** What the staff dialog edits; `scopeId` is a region for district admins, a center otherwise. */
export interface StaffForm {
  username: string
  displayName: string
  role: StaffRole
  scopeId: string
  password: string
}

/** A new person: the least powerful role offered, in the manager's own center. */
export function newForm(viewer: Me): StaffForm {
  return { username: '', displayName: '', role: roleChoices(viewer).at(-1) ?? 'center_staff', scopeId: viewer.centerId ?? '', password: '' }
}

export function formOf(member: StaffMember): StaffForm {
  return {
    username: member.username, displayName: member.displayName, role: member.role,
    scopeId: (scopeKind(member.role) === 'region' ? member.regionId : member.centerId) ?? '', password: '',
  }
}

/** Changing between a region role and a center role empties the scope, as one kind cannot stand for the other. */
export function withRole(form: StaffForm, role: StaffRole): StaffForm {
  return { ...form, role, scopeId: scopeKind(role) === scopeKind(form.role) ? form.scopeId : '' }
}

const scopeOf = (form: StaffForm) =>
  scopeKind(form.role) === 'region' ? { regionId: form.scopeId, centerId: null } : { regionId: null, centerId: form.scopeId }

export function createBody(form: StaffForm): StaffCreate {
  const scope = scopeOf(form)
  return {
    username: form.username.trim(), displayName: form.displayName.trim(), role: form.role,
    ...(scope.regionId ? { regionId: scope.regionId } : { centerId: scope.centerId }), password: form.password,
  }
}

/** Only what changed, so a manager renaming someone does not resend a role they may not set. */
export function updateBody(form: StaffForm, member: StaffMember): StaffUpdate {
  return changedFields({ displayName: form.displayName.trim(), role: form.role, ...scopeOf(form) }, member) as StaffUpdate
}

/** Whether a change ends the person's sessions at once (the API does so for these). */
export const endsSessions = (body: StaffUpdate) =>
  body.role !== undefined || body.regionId !== undefined || body.centerId !== undefined || body.active === false
