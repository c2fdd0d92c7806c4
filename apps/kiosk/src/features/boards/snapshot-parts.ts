import type { RefreshHint } from '../../realtime/socket'

/** The four reads a board is made of; a push names what changed, so only that part is re-read. */
export type Part = 'center' | 'rooms' | 'schedule' | 'board'

export const ALL_PARTS: readonly Part[] = ['center', 'rooms', 'schedule', 'board']

const byHint: Record<RefreshHint, readonly Part[]> = {
  connect: ALL_PARTS,
  // A center edit may change its time zone, which shifts "today" for the schedule.
  center: ['center', 'schedule'],
  // Renaming or closing a room shows in the schedule's room names too.
  rooms: ['rooms', 'schedule'],
  schedule: ['schedule'],
  announcements: ['board'],
  // People counts in open-access rooms come with the board.
  occupancy: ['board'],
  // Residents' proposals are staff's business; no screen shows them.
  proposals: [],
  // The 活动风采 panel follows the center's records itself.
  records: [],
  emergency: ['board'],
  // Sign-up, check-in and leaderboard panels follow the center themselves.
  participation: [],
}

export const partsFor = (hint: RefreshHint): readonly Part[] => byHint[hint] ?? ALL_PARTS

/** How many days of schedule a board keeps: the week board needs seven, and a screen that loses
 * the network overnight still has the next day. */
export const SCHEDULE_DAYS = 7
