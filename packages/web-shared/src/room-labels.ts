import { type RoomAccess, type RoomKind, roomAccessLabels, roomKindLabels } from '@linli/contracts'
import type { Locale } from './locale-choice'

export const kindLabel = (kind: RoomKind, locale: Locale) => roomKindLabels[kind][locale]
export const accessLabel = (access: RoomAccess, locale: Locale) => roomAccessLabels[access][locale]

/** The message key and number for a floor: Chinese buildings have no floor 0, basements are negative. */
export function floorMessage(floor: number): { key: 'room.floor' | 'room.basement' | 'room.ground'; n: number } {
  if (floor > 0) return { key: 'room.floor', n: floor }
  if (floor < 0) return { key: 'room.basement', n: -floor }
  return { key: 'room.ground', n: 0 }
}

