import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { MobilePhone } from './bookings'
import { NotificationLanguage } from './notifications'

/*
 * The service desk: staff find and register residents who cannot sign up themselves, and hand them
 * a one-time sign-in QR. A center "knows" a resident registered at its desk, or who booked a room
 * or signed up for an activity there; only those are listed, and their numbers only masked.
 */

/** A resident as the desk lists them: the number masked (138****5678), the desk's household note. */
export const DeskResident = Type.Object({
  id: Id,
  name: Type.String(),
  maskedPhone: Type.String({ description: 'e.g. 138****5678: the first 3 and last 4 digits' }),
  household: Type.Union([Type.String(), Type.Null()]),
  language: NotificationLanguage,
  /** When this center's desk registered them; null when they are known here by bookings or sign-ups only. */
  registeredAt: Type.Union([Timestamp, Type.Null()]),
})
export type DeskResident = Static<typeof DeskResident>

export const DeskResidentQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 40, description: 'Part of the name, or the last digits of the number (up to all 11)' })),
  },
  { additionalProperties: false },
)
export type DeskResidentQuery = Static<typeof DeskResidentQuery>

/** At most DESK_RESIDENT_LIMIT rows, newest desk registrations first, then by name; `more` says there are others to narrow down to. */
export const DESK_RESIDENT_LIMIT = 50
export const DeskResidentList = Type.Object({ items: Type.Array(DeskResident), more: Type.Boolean() })
export type DeskResidentList = Static<typeof DeskResidentList>

/** Registering at the desk needs no password: the resident signs in by SMS code or a desk QR. */
export const DeskResidentCreate = Type.Object(
  {
    name: Text(40),
    phone: MobilePhone,
    household: Type.Optional(Type.Union([Text(200), Type.Null()])),
    language: Type.Optional(NotificationLanguage),
  },
  { additionalProperties: false },
)
export type DeskResidentCreate = Static<typeof DeskResidentCreate>

export const DeskResidentParams = Type.Object({ id: Id, residentId: Id }, { additionalProperties: false })
export type DeskResidentParams = Static<typeof DeskResidentParams>

/** 32 random bytes, base64url: the only key of a sign-in link. */
export const SIGN_IN_LINK_TOKEN_PATTERN = '^[A-Za-z0-9_-]{43}$'
export const SIGN_IN_LINK_MINUTES = 10

/** A fresh one-time sign-in link; any earlier unused one for the resident stops working. */
export const SignInLink = Type.Object({
  residentId: Id,
  residentName: Type.String(),
  path: Type.String({ description: '/m/login?t=<token>: opened on a phone, it signs that phone in as the resident, once' }),
  /** The whole link when the server knows its public address (LINLI_PUBLIC_URL), else null: use this page's origin. */
  url: Type.Union([Type.String(), Type.Null()]),
  expiresAt: Timestamp,
})
export type SignInLink = Static<typeof SignInLink>

export const SignInWithLink = Type.Object(
  { token: Type.String({ pattern: SIGN_IN_LINK_TOKEN_PATTERN, description: 'The t= of the link' }) },
  { additionalProperties: false },
)
export type SignInWithLink = Static<typeof SignInWithLink>
