import type { Registration } from '@linli/contracts'
import type { App } from '../../src/app-instance'
import type { Database } from '../../src/db/database'
import { newBookingWorld } from './booking-world'
import { newResident } from './factories'

/**
 * The booking world (clock Friday 2026-11-20 10:00 in Shanghai) plus helpers to publish activities
 * and to sign up, cancel and confirm the way the phone pages do.
 */
export async function newParticipationWorld(app: App, db: Database) {
  const w = await newBookingWorld(app, db)
  const carol = await newResident(db, '张阿姨')
  const dave = await newResident(db, '李大爷')

  /** An off-site activity (no room, so no opening hours in the way): Monday 09:00-10:00 by default. */
  async function activity(overrides: Record<string, unknown> = {}, cookie = w.as.staff) {
    const res = await app.inject({
      method: 'POST', url: `/api/centers/${w.centerA}/activities`, headers: { cookie },
      payload: {
        title: '健康讲座', category: 'health', organiserKind: 'center', organiserName: '中心', roomId: null, location: '社区广场',
        startsLocal: '2026-11-23T09:00', endsLocal: '2026-11-23T10:00', capacity: 2, ...overrides,
      },
    })
    if (res.statusCode !== 201) throw new Error(`activity fixture: ${res.statusCode} ${res.body}`)
    const occurrences = await db.selectFrom('occurrences').select('id').where('activity_id', '=', res.json().id).orderBy('starts_at').execute()
    return { id: res.json().id as string, occurrenceId: occurrences[0]!.id, occurrences: occurrences.map((o) => o.id) }
  }

  const signUp = (cookie: string, occurrenceId: string, body: object = {}) =>
    app.inject({ method: 'POST', url: `/api/occurrences/${occurrenceId}/registrations`, headers: { cookie }, payload: body })
  /** Signs up and returns the one registration made. */
  const registered = async (cookie: string, occurrenceId: string) => {
    const res = await signUp(cookie, occurrenceId)
    if (res.statusCode !== 201) throw new Error(`sign-up: ${res.statusCode} ${res.body}`)
    return res.json().items[0] as Registration
  }
  const cancel = (cookie: string, registrationId: string) =>
    app.inject({ method: 'POST', url: `/api/registrations/${registrationId}/cancel`, headers: { cookie } })
  const confirm = (cookie: string, registrationId: string) =>
    app.inject({ method: 'POST', url: `/api/registrations/${registrationId}/confirm`, headers: { cookie } })
  const mine = async (cookie: string) =>
    (await app.inject({ url: '/api/residents/me/registrations', headers: { cookie } })).json().items as Registration[]
  const seats = async (occurrenceId: string) => (await app.inject(`/api/occurrences/${occurrenceId}/seats`)).json()
  const roster = (occurrenceId: string, cookie = w.as.staff) => app.inject({ url: `/api/occurrences/${occurrenceId}/roster`, headers: { cookie } })

  return { ...w, carol, dave, activity, signUp, registered, cancel, confirm, mine, seats, roster }
}
