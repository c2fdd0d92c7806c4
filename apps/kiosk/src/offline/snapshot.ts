import type { Center, Room, Schedule, ScreenBoard } from '@linli/contracts'
import { browserStore, isObject, parseJson, tryWrite } from '@linli/web-shared'

/**
 * The last good copy of everything a board shows, so a screen that loses the network, or starts
 * without it, keeps showing its center (flagged as not current) instead of an error.
 */
export interface CenterSnapshot {
  centerId: string
  /** When the screen last read the API successfully (ISO). */
  savedAt: string
  center: Center
  rooms: Room[]
  schedule: Schedule
  board: ScreenBoard
}

const VERSION = 1
const PREFIX = 'linli.kiosk.snapshot:'

export const snapshotKey = (centerId: string) => `${PREFIX}${centerId}`

export const serialiseSnapshot = (s: CenterSnapshot) => JSON.stringify({ v: VERSION, ...s })

/** The snapshot in a stored text, or undefined when it is missing, from another version or damaged. */
export function parseSnapshot(text: string | null, centerId?: string): CenterSnapshot | undefined {
  const data = parseJson(text)
  if (!isObject(data) || data.v !== VERSION) return undefined
  const { centerId: id, savedAt, center, rooms, schedule, board } = data
  if (typeof id !== 'string' || (centerId !== undefined && id !== centerId)) return undefined
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined
  if (!isObject(center) || typeof center.timeZone !== 'string' || typeof center.name !== 'string') return undefined
  if (!Array.isArray(rooms)) return undefined
  if (!isObject(schedule) || !Array.isArray(schedule.items) || !Array.isArray(schedule.occupied)) return undefined
  if (!isObject(board) || !Array.isArray(board.announcements)) return undefined
  return { centerId: id, savedAt, center, rooms, schedule, board } as unknown as CenterSnapshot
}

export function loadSnapshot(centerId: string, store = browserStore()): CenterSnapshot | undefined {
  return parseSnapshot(store?.getItem(snapshotKey(centerId)) ?? null, centerId)
}

/** Stores the snapshot of one center and drops those of others, so a moved screen does not fill its storage. */
export function saveSnapshot(snapshot: CenterSnapshot, store = browserStore()): boolean {
  if (!store) return false
  const keep = snapshotKey(snapshot.centerId)
  const others: string[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(PREFIX) && key !== keep) others.push(key)
  }
  for (const key of others) store.removeItem(key)
  return tryWrite(store, keep, serialiseSnapshot(snapshot))
}
