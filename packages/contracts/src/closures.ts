import { type Static, Type } from '@sinclair/typebox'
import { Id, Text } from './common'
import { LocalDate, LocalDateTime, OffsetDateTime } from './activities'
import { LocalTime } from './centers'

/**
 * A center, or one room, closed for a while: whole days (startDate..endDate inclusive) or, with
 * times, from startDate startTime to endDate endTime. The reason is what residents are shown.
 */
export const ClosureInput = Type.Object(
  {
    /** Omit or null: the whole center. */
    roomId: Type.Optional(Type.Union([Id, Type.Null()])),
    startDate: LocalDate,
    endDate: LocalDate,
    /** Both or neither: with them the closure is part of a day (or runs from one time to another). */
    startTime: Type.Optional(LocalTime),
    endTime: Type.Optional(LocalTime),
    reason: Text(100),
  },
  { additionalProperties: false },
)
export type ClosureInput = Static<typeof ClosureInput>

/**
 * What to do with bookings and activity dates the closure covers: cancel (residents notified), keep
 * them, or move them (改期, residents notified): each one to where `moves` says.
 */
export const ClosureDecision = Type.Union([Type.Literal('cancel'), Type.Literal('keep'), Type.Literal('move')])
export type ClosureDecision = Static<typeof ClosureDecision>

/** With decision move: every covered activity date to a new time (and room), every booking to another room at its time. */
export const ClosureMoves = Type.Object(
  {
    dates: Type.Optional(Type.Array(Type.Object(
      { occurrenceId: Id, startsLocal: LocalDateTime, endsLocal: LocalDateTime, roomId: Type.Optional(Type.Union([Id, Type.Null()])) },
      { additionalProperties: false },
    ), { maxItems: 200 })),
    bookings: Type.Optional(Type.Array(Type.Object({ bookingId: Id, roomId: Id }, { additionalProperties: false }), { maxItems: 200 })),
  },
  { additionalProperties: false },
)
export type ClosureMoves = Static<typeof ClosureMoves>

export const ClosureCreate = Type.Composite(
  [ClosureInput, Type.Object({ decision: Type.Optional(ClosureDecision), moves: Type.Optional(ClosureMoves) })],
  { additionalProperties: false },
)
export type ClosureCreate = Static<typeof ClosureCreate>

export const Closure = Type.Object(
  {
    id: Id,
    centerId: Id,
    roomId: Type.Union([Id, Type.Null()]),
    roomName: Type.Union([Type.String(), Type.Null()]),
    startsAt: OffsetDateTime,
    endsAt: OffsetDateTime,
    allDay: Type.Boolean(),
    reason: Type.String(),
  },
  { additionalProperties: false },
)
export type Closure = Static<typeof Closure>

export const ClosureList = Type.Object({ items: Type.Array(Closure) }, { additionalProperties: false })
export type ClosureList = Static<typeof ClosureList>

/** The bookings and activity dates a closure would cover, before it is saved. */
export const ClosureImpact = Type.Object(
  {
    bookings: Type.Array(Type.Object(
      { id: Id, roomName: Type.String(), startsAt: OffsetDateTime, endsAt: OffsetDateTime, status: Type.String(), holder: Type.String(), purpose: Type.String() },
      { additionalProperties: false },
    )),
    dates: Type.Array(Type.Object(
      { occurrenceId: Id, activityId: Id, title: Type.String(), roomName: Type.Union([Type.String(), Type.Null()]), startsAt: OffsetDateTime, endsAt: OffsetDateTime, signedUp: Type.Integer() },
      { additionalProperties: false },
    )),
  },
  { additionalProperties: false },
)
export type ClosureImpact = Static<typeof ClosureImpact>

export const ClosureCreated = Type.Object(
  { closure: Closure, cancelledBookings: Type.Integer(), cancelledDates: Type.Integer(), movedBookings: Type.Optional(Type.Integer()), movedDates: Type.Optional(Type.Integer()) },
  { additionalProperties: false },
)
export type ClosureCreated = Static<typeof ClosureCreated>

/** A statutory holiday or make-up working day (调休上班) as it applies to one center. */
export const HolidayDay = Type.Object(
  {
    date: LocalDate,
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('makeup')]),
    /** 春节, 国庆节 … */
    name: Type.String(),
    /** holiday: staff keep the center open anyway; makeup: always true (open with weekday hours). */
    open: Type.Boolean(),
    /** makeup: the weekday (1 = Monday) whose hours apply. */
    hoursOfWeekday: Type.Union([Type.Integer({ minimum: 1, maximum: 7 }), Type.Null()]),
  },
  { additionalProperties: false },
)
export type HolidayDay = Static<typeof HolidayDay>

export const HolidayCalendar = Type.Object(
  { followsNationalHolidays: Type.Boolean(), days: Type.Array(HolidayDay) },
  { additionalProperties: false },
)
export type HolidayCalendar = Static<typeof HolidayCalendar>

export const HolidaySettings = Type.Object({ followsNationalHolidays: Type.Boolean() }, { additionalProperties: false })
export type HolidaySettings = Static<typeof HolidaySettings>

export const HolidayQuery = Type.Object(
  { from: Type.Optional(LocalDate), days: Type.Optional(Type.Integer({ minimum: 1, maximum: 400 })) },
  { additionalProperties: false },
)
export type HolidayQuery = Static<typeof HolidayQuery>

export const HolidayExceptionParams = Type.Object({ id: Id, date: LocalDate }, { additionalProperties: false })
export type HolidayExceptionParams = Static<typeof HolidayExceptionParams>
