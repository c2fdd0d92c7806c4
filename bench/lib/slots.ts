import { addDays } from '@linli/schedule'

/**
 * The k-th distinct 30-minute slot over the given rooms and days, one an hour from 08:00 (the default
 * 15-minute cleaning buffer keeps back-to-back half hours from fitting): room first, then hour, then day.
 */
export function slotAt(k: number, roomIds: readonly string[], firstDate: string) {
  const roomId = roomIds[k % roomIds.length]!
  const perDay = 14
  const j = Math.floor(k / roomIds.length)
  const date = addDays(firstDate, Math.floor(j / perDay))
  const hour = String(8 + (j % perDay)).padStart(2, '0')
  return { roomId, startsLocal: `${date}T${hour}:00`, endsLocal: `${date}T${hour}:30` }
}

export const slotsPerDay = (rooms: number) => rooms * 14
