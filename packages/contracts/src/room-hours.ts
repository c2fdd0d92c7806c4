import { type Static, Type } from '@sinclair/typebox'
import { LocalDate } from './activities'
import { LocalTime, OpeningHours } from './centers'

export const DayInterval = Type.Object({ opens: LocalTime, closes: LocalTime }, { additionalProperties: false })
export type DayInterval = Static<typeof DayInterval>

/** A date on which a room keeps other hours; no intervals means closed all day. */
export const RoomHoursException = Type.Object(
  { date: LocalDate, intervals: Type.Array(DayInterval, { maxItems: 3 }) },
  { additionalProperties: false },
)
export type RoomHoursException = Static<typeof RoomHoursException>

export const RoomHours = Type.Object(
  {
    weekly: Type.Union([OpeningHours, Type.Null()], {
      description: "The room's own week, replacing the center's for this room (a gym may open at 06:00 in a center that opens at 08:30); null follows the center",
    }),
    exceptions: Type.Array(RoomHoursException, { maxItems: 60, description: 'Dated exceptions, today or later, each date once; they beat the week' }),
  },
  {
    additionalProperties: false,
    description:
      "A room's opening hours, in the center's time zone. Refused (400 invalid_room_hours): closes not after opens, overlapping intervals, an impossible or past date, a date twice, and room hours outside the center's hours, which here means weekly room hours on a weekday the center's week keeps closed all day (a room may open earlier or close later than the center, not on a day the building is shut; a center with no weekly hours sets no bound, and dated exceptions may open any date).",
  },
)
export type RoomHours = Static<typeof RoomHours>

export const HoursSource = Type.Union([Type.Literal('center'), Type.Literal('room'), Type.Literal('exception')])
/** The hours that apply to a room on one date, and where they come from. */
export const RoomHoursToday = Type.Object({ date: LocalDate, source: HoursSource, intervals: Type.Array(DayInterval) })
export type RoomHoursToday = Static<typeof RoomHoursToday>
