import { type Static, Type } from '@sinclair/typebox'
import { ErrorBody, Id, errorResponses } from './common'

export const STAFF_ROLES = ['district_admin', 'center_manager', 'center_staff'] as const
export const StaffRole = Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)))
export type StaffRole = Static<typeof StaffRole>

export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
)
export type LoginBody = Static<typeof LoginBody>

/** The signed-in staff member and the scope their role applies to. */
export const Me = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  role: StaffRole,
  regionId: Type.Union([Id, Type.Null()]),
  centerId: Type.Union([Id, Type.Null()]),
  scopeName: Type.String(),
})
export type Me = Static<typeof Me>

/** Whether this installation still needs its first staff account; nothing else about its accounts. */
export const FirstRun = Type.Object({
  needsAdmin: Type.Boolean({ description: 'true while no staff account exists: the operator creates the first with `npm run linli -- create-admin`' }),
})
export type FirstRun = Static<typeof FirstRun>

export const SESSION_COOKIE = 'linli_session'
/** Residents sign in on the phone pages with a cookie of their own, apart from staff sessions. */
export const RESIDENT_COOKIE = 'linli_resident'

/**
 * The answers of sign-in (and resident sign-up): the usual errors, and 429 `too_many_attempts`
 * with a Retry-After header once one client has failed too often for one name or overall.
 */
export const signInErrorResponses = { ...errorResponses, 429: ErrorBody } as const
