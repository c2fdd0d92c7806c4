import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate } from './activities'
import { StaffRole } from './auth'

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  actorKind: Type.String(),
  actorId: Type.Union([Id, Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  centerId: Type.Union([Id, Type.Null()]),
  entity: Type.String(),
  entityId: Type.String(),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
})
export type AuditEntry = Static<typeof AuditEntry>

export const AuditQuery = Type.Object(
  {
    centerId: Type.Optional(Id),
    actorId: Type.Optional(Id),
    entity: Type.Optional(Type.String({ pattern: '^[a-z_]{1,40}$' })),
    entityId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  },
  { additionalProperties: false },
)
export type AuditQuery = Static<typeof AuditQuery>

/** At least 10 characters; the server also refuses common passwords. */
export const NewPassword = Type.String({ minLength: 10, maxLength: 200 })

export const StaffMember = Type.Object({
  id: Id,
  username: Type.String(),
  displayName: Type.String(),
  role: StaffRole,
  regionId: Type.Union([Id, Type.Null()]),
  centerId: Type.Union([Id, Type.Null()]),
  scopeName: Type.String(),
  active: Type.Boolean(),
  createdAt: Timestamp,
})
export type StaffMember = Static<typeof StaffMember>

export const StaffCreate = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,31}$', description: 'lower-case letters, digits, . _ -' }),
    displayName: Text(40),
    role: StaffRole,
    regionId: Type.Optional(Type.Union([Id, Type.Null()])),
    centerId: Type.Optional(Type.Union([Id, Type.Null()])),
    password: NewPassword,
  },
  { additionalProperties: false },
)
export type StaffCreate = Static<typeof StaffCreate>

export const StaffUpdate = Type.Object(
  {
    displayName: Type.Optional(Text(40)),
    role: Type.Optional(StaffRole),
    regionId: Type.Optional(Type.Union([Id, Type.Null()])),
    centerId: Type.Optional(Type.Union([Id, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type StaffUpdate = Static<typeof StaffUpdate>

export const PasswordReset = Type.Object({ password: NewPassword }, { additionalProperties: false })
export const PasswordChange = Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: NewPassword }, { additionalProperties: false })
export type PasswordChange = Static<typeof PasswordChange>
