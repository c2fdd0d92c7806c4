import { describe, expect, it } from 'vitest'
import { newResident } from './support/factories'
import { newParticipationWorld } from './support/participation-world'
import { useTestApp } from './support/test-app'

/** A deleted account leaves a trace in 操作日志: by whom, what it cancelled where, and nothing about the person. */
describe('account deletion in the audit log', () => {
  const ctx = useTestApp()

  it('shows the center\'s manager that a resident deleted their account and what it cancelled there, without name or number', async () => {
    ctx.now = new Date('2026-11-20T02:00:00Z')
    const w = await newParticipationWorld(ctx.app, ctx.db)
    expect((await w.book(w.alice.cookie, w.room.id, w.slot('2026-11-23', '10:00', '11:00'))).statusCode).toBe(201)
    await w.registered(w.alice.cookie, (await w.activity()).occurrenceId)

    const res = await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me', headers: { cookie: w.alice.cookie }, payload: { confirm: '注销' } })
    expect(res.statusCode).toBe(204)

    const log = await ctx.app.inject({ url: `/api/audit?centerId=${w.centerA}&entity=resident`, headers: { cookie: w.as.manager } })
    expect(log.statusCode).toBe(200)
    expect(log.json().items).toEqual([expect.objectContaining({
      actorKind: 'resident', actorId: w.alice.id, centerId: w.centerA, entity: 'resident', entityId: w.alice.id, action: 'delete_account',
      before: null, after: { cancelledBookings: 1, cancelledRegistrations: 1 },
    })])
    expect(log.body).not.toContain(w.alice.phone)
    expect(log.body).not.toContain(w.alice.name)
  })

  it('records a deletion that cancelled nothing too, and a refused one not at all', async () => {
    const quiet = await newResident(ctx.db, '李大爷')
    const refused = await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me', headers: { cookie: quiet.cookie }, payload: { confirm: '删除' } })
    expect(refused.statusCode).toBe(400)
    const rowsOf = () => ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', quiet.id).execute()
    expect(await rowsOf()).toEqual([])

    const res = await ctx.app.inject({ method: 'DELETE', url: '/api/residents/me', headers: { cookie: quiet.cookie }, payload: { confirm: '注销' } })
    expect(res.statusCode).toBe(204)
    const rows = await rowsOf()
    expect(rows).toEqual([expect.objectContaining({ actor_kind: 'resident', actor_id: quiet.id, center_id: null, action: 'delete_account' })])
    expect(JSON.stringify(rows)).not.toContain(quiet.phone)
    expect(JSON.stringify(rows)).not.toContain('李大爷')
  })
})
