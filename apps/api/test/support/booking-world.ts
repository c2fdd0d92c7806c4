import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { newResident, newRoom, newWorld } from './factories'

/** Open every day but Sunday, 08:30-21:00, as a real center is. */
export const weekHours = [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:30', closes: '21:00' }))

/**
 * A center with a bookable room (no approval), one needing approval, a staff-only and an
 * open-access room, two residents, and the clock at Friday 2026-11-20 10:00 in Shanghai.
 */
export async function newBookingWorld(app: App, db: Database) {
  const w = await newWorld(app, db)
  await db.updateTable('centers').set({ opening_hours: JSON.stringify(weekHours) }).where('id', '=', w.centerA).execute()
  const room = await newRoom(db, w.centerA, { name: '会议室', kind: 'meeting_room', capacity: 20 })
  const hall = await newRoom(db, w.centerA, { name: '多功能厅', capacity: 200, requiresApproval: true })
  const staffOnly = await newRoom(db, w.centerA, { name: '党员活动室', access: 'staff' })
  const open = await newRoom(db, w.centerA, { name: '书吧', access: 'open' })
  const alice = await newResident(db, '王阿姨')
  const bob = await newResident(db, '刘大爷')
  const book = (cookie: string, roomId: string, body: object) =>
    app.inject({ method: 'POST', url: `/api/rooms/${roomId}/bookings`, headers: { cookie }, payload: { purpose: '读书会', headcount: 8, ...body } })
  const slot = (date: string, from: string, to: string) => ({ startsLocal: `${date}T${from}`, endsLocal: `${date}T${to}` })
  return { ...w, room, hall, staffOnly, open, alice, bob, book, slot }
}
