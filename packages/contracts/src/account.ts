import { type Static, Type } from '@sinclair/typebox'
import { Text } from './common'
import { MobilePhone, ResidentSignup } from './bookings'
import { NotificationLanguage } from './notifications'
import { PhoneCode } from './phone-codes'

/** What a resident may change about themselves on the account page; the number changes only by code. */
export const ResidentProfilePatch = Type.Object(
  { name: Type.Optional(Text(40)), language: Type.Optional(NotificationLanguage) },
  { additionalProperties: false },
)
export type ResidentProfilePatch = Static<typeof ResidentProfilePatch>

/**
 * The current password is always asked for: the database cannot tell a chosen password from the
 * random one a code-only sign-up gets, and such a resident sets theirs by a reset code instead.
 */
export const ResidentPasswordChange = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: ResidentSignup.properties.password },
  { additionalProperties: false },
)
export type ResidentPasswordChange = Static<typeof ResidentPasswordChange>

/** The new number, proven by a 'change_phone' code sent to it. */
export const ResidentPhoneChange = Type.Object({ phone: MobilePhone, code: PhoneCode }, { additionalProperties: false })
export type ResidentPhoneChange = Static<typeof ResidentPhoneChange>

/** The word the resident types to confirm; anything else is 400 `confirmation_required`. */
export const ACCOUNT_DELETION_WORD = '注销'
export const AccountDeletion = Type.Object({ confirm: Type.String({ maxLength: 20 }) }, { additionalProperties: false })
export type AccountDeletion = Static<typeof AccountDeletion>

const Rows = Type.Array(Type.Record(Type.String(), Type.Unknown()))
/** Everything kept about the resident, readable: names instead of ids, times on the center's clock. */
export const AccountExport = Type.Object({
  exportedAt: Type.String(),
  profile: Type.Record(Type.String(), Type.Unknown()),
  bookings: Rows,
  registrations: Rows,
  checkIns: Rows,
  volunteering: Rows,
  notifications: Rows,
  notificationSettings: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  pushSubscriptions: Rows,
  /** Centers whose service desk registered the resident, with the desk's household note. */
  deskRegistrations: Rows,
  /**
   * Family proxies (代办): whom the resident acts for and who acts for them, each with the other's name,
   * masked number, since when and how linked ('sms_code', or 'staff' with the center whose desk linked them).
   */
  family: Type.Object({ actsFor: Rows, actedForBy: Rows }),
  /** The household the resident is in (one at most) and the organisations they may book for, with since when. */
  households: Type.Optional(Rows),
  organisations: Type.Optional(Rows),
})
export type AccountExport = Static<typeof AccountExport>
