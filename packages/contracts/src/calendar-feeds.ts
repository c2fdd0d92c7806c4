import { type Static, Type } from '@sinclair/typebox'
import { Timestamp } from './common'

/** 24 random bytes, base64url: the only key of a calendar feed (calendar apps cannot send cookies). */
export const CALENDAR_FEED_TOKEN_PATTERN = '^[A-Za-z0-9_-]{32}$'

/** The signed-in resident's private calendar feed: the path to subscribe to, on this server's origin. */
export const CalendarFeed = Type.Object({
  path: Type.String({ description: 'e.g. /api/calendar/<token>.ics; whoever has it reads the calendar' }),
  createdAt: Timestamp,
})
export type CalendarFeed = Static<typeof CalendarFeed>

/** null until the resident turns the feed on, and again after they turn it off. */
export const CalendarFeedState = Type.Object({ feed: Type.Union([CalendarFeed, Type.Null()]) })
export type CalendarFeedState = Static<typeof CalendarFeedState>

export const CalendarFeedParams = Type.Object(
  { token: Type.String({ pattern: CALENDAR_FEED_TOKEN_PATTERN, description: 'The feed token' }) },
  { additionalProperties: false },
)
export type CalendarFeedParams = Static<typeof CalendarFeedParams>
