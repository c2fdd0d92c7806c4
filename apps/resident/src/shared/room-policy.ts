import type { BookingPolicy } from '@linli/contracts'
import { api } from '../api'

/**
 * A room's booking policy on a (center-local) date, as its availability carries it; undefined when it
 * cannot be read, so each caller falls back to the defaults: the API enforces the real rules anyway.
 */
export const roomPolicy = (roomId: string, date: string): Promise<BookingPolicy | undefined> =>
  api.getRoomAvailability(roomId, date, 1).then((a) => a.items[0]?.policy, () => undefined)
