import { type Static, Type } from '@sinclair/typebox'
import { Id } from './common'
import { OffsetDateTime } from './activities'

/** A resident barred from new bookings and sign-ups at one center after too many no-shows (爽约). */
export const Suspension = Type.Object(
  {
    id: Id,
    centerId: Id,
    residentId: Id,
    residentName: Type.String(),
    residentPhone: Type.String(),
    startsAt: OffsetDateTime,
    endsAt: OffsetDateTime,
    /** The no-shows within windowDays that led to it. */
    noShows: Type.Integer(),
    windowDays: Type.Integer(),
    liftedAt: Type.Union([OffsetDateTime, Type.Null()]),
    liftedByName: Type.Union([Type.String(), Type.Null()]),
    /** In force now: not lifted and not yet over. */
    active: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type Suspension = Static<typeof Suspension>

export const SuspensionQuery = Type.Object(
  { active: Type.Optional(Type.Boolean({ description: 'only those in force now' })) },
  { additionalProperties: false },
)
export type SuspensionQuery = Static<typeof SuspensionQuery>

export const SuspensionList = Type.Object({ items: Type.Array(Suspension) }, { additionalProperties: false })
export type SuspensionList = Static<typeof SuspensionList>

/** A resident's standing at the centers they use: where they may not book or sign up now, and why. */
export const ResidentStanding = Type.Object(
  {
    suspensions: Type.Array(Type.Object(
      {
        id: Id,
        centerId: Id,
        centerName: Type.String(),
        endsAt: OffsetDateTime,
        /** The last day barred, on the center's calendar (YYYY-MM-DD), for "暂停预约至 X 月 X 日". */
        untilDate: Type.String(),
        noShows: Type.Integer(),
        windowDays: Type.Integer(),
      },
      { additionalProperties: false },
    )),
  },
  { additionalProperties: false },
)
export type ResidentStanding = Static<typeof ResidentStanding>
