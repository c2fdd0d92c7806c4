import { describe, expect, it } from 'vitest'
import { newBookingWorld } from './support/booking-world'
import { QueryCounter } from './support/query-counter'
import { useTestApp } from './support/test-app'

// A booking is written in a handful of statements whatever the center holds (issue #17): the room's
// rules in one read, the locks in one, the quota counts in one, and the booking with its history,
// its reservation and the resident's notice in two. Only BEGIN and COMMIT are not counted here.
describe('statements per booking', () => {
  const counter = new QueryCounter()
  const ctx = useTestApp({ plugins: [counter] })

  it('a resident books in 8 statements and a staff member in 9, with everything still written', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    counter.count = 0
    const mine = await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '09:00', '10:00'))
    expect(mine.statusCode).toBe(201)
    expect(counter.count).toBeLessThanOrEqual(8)

    // The organisation exists after the first staff booking for it; the next ones only find it.
    const staffBook = (date: string) => ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/staff-bookings`, headers: { cookie: w.as.manager },
      payload: { purpose: '例会', headcount: 8, organisationName: '书法协会', ...w.slot(date, '14:00', '15:00') },
    })
    expect((await staffBook('2026-11-24')).statusCode).toBe(201)
    counter.count = 0
    const theirs = await staffBook('2026-11-25')
    expect(theirs.statusCode).toBe(201)
    expect(counter.count).toBeLessThanOrEqual(9)

    const id = mine.json().id as string
    const held = await ctx.db.selectFrom('room_reservations').select('room_id').where('booking_id', '=', id).execute()
    const events = await ctx.db.selectFrom('booking_events').select(['from_status', 'to_status']).where('booking_id', '=', id).execute()
    const notices = await ctx.db.selectFrom('notifications as n').innerJoin('notification_deliveries as d', 'd.notification_id', 'n.id')
      .select(['n.kind', 'd.channel']).where('n.resident_id', '=', w.alice.id).execute()
    expect(held).toEqual([{ room_id: w.room.id }])
    expect(events).toEqual([{ from_status: null, to_status: 'approved' }])
    expect(notices).toEqual([{ kind: 'booking_approved', channel: 'in_app' }])
    expect(mine.json()).toMatchObject({ roomName: '会议室', bookerName: '王阿姨', status: 'approved', startsAt: '2026-11-23T09:00:00+08:00' })
  })

  it('books five slots at once for an organisation named for the first time: all five, one organisation', async () => {
    const w = await newBookingWorld(ctx.app, ctx.db)
    const answers = await Promise.all([9, 11, 13, 15, 17].map((hour) => ctx.app.inject({
      method: 'POST', url: `/api/rooms/${w.room.id}/staff-bookings`, headers: { cookie: w.as.manager },
      payload: { purpose: '例会', headcount: 8, organisationName: '新成立的舞蹈队', ...w.slot('2026-11-26', `${String(hour).padStart(2, '0')}:00`, `${hour + 1}:00`) },
    })))
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201])
    const orgs = await ctx.db.selectFrom('organisations').select('id').where('name', '=', '新成立的舞蹈队').execute()
    expect(orgs).toHaveLength(1)
    expect(new Set(answers.map((a) => a.json().organisationId))).toEqual(new Set([orgs[0]!.id]))
  })
})
