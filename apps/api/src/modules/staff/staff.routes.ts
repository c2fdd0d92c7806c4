import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { IdParams, PasswordReset, StaffCreate, StaffMember, StaffUpdate, errorResponses, itemsOf } from '@linli/contracts'
import { badRequest, forbidden, notFound } from '../../plugins/errors'
import { assertStrongPassword } from '../auth/password-rules'
import { hashPassword } from '../auth/passwords'
import { requireActor } from '../auth/session.hook'
import { deleteSessionsOfStaff, findStaff, insertStaff, listStaff, updateStaffRow } from '../auth/staff.repository'
import { assertMayAssign, staffScopeOf } from './staff-scope'

type StaffListRow = Awaited<ReturnType<typeof listStaff>>[number]
const toStaffMember = (s: StaffListRow) => ({
  id: s.id, username: s.username, displayName: s.display_name, role: s.role, regionId: s.region_id, centerId: s.center_id,
  scopeName: s.scope_name ?? '', active: s.active, createdAt: s.created_at.toISOString(),
})

export const staffRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['staff']
  const security = [{ session: [] }]

  async function loadManaged(actorRequest: Parameters<typeof requireActor>[0], id: string) {
    const actor = requireActor(actorRequest)
    const scope = await staffScopeOf(app.db, actor)
    const target = await findStaff(app.db, id)
    if (!target) throw notFound('Staff member')
    assertMayAssign(actor, scope, { role: target.role, regionId: target.region_id, centerId: target.center_id })
    return { actor, scope, target }
  }
  const one = async (id: string) => toStaffMember((await listStaff(app.db, 'all')).find((s) => s.id === id)!)

  app.get('/staff', { schema: { tags, security, summary: 'Staff in your scope', response: { 200: itemsOf(StaffMember), ...errorResponses } } }, async (request) => {
    const actor = requireActor(request)
    if (actor.role === 'center_staff') throw forbidden('Center staff cannot manage staff')
    return { items: (await listStaff(app.db, await staffScopeOf(app.db, actor))).map(toStaffMember) }
  })

  app.post('/staff', { schema: { tags, security, summary: 'Create a staff account with a role and scope', body: StaffCreate, response: { 201: StaffMember, ...errorResponses } } }, async (request, reply) => {
    const actor = requireActor(request)
    const body = request.body
    const target = { role: body.role, regionId: body.regionId ?? null, centerId: body.centerId ?? null }
    assertMayAssign(actor, await staffScopeOf(app.db, actor), target)
    assertStrongPassword(body.password, body.username)
    const row = await insertStaff(app.db, { username: body.username, displayName: body.displayName, passwordHash: await hashPassword(body.password), ...target })
    const created = await one(row.id)
    await request.audit({ entity: 'staff', entityId: row.id, action: 'create', centerId: target.centerId, after: created })
    return reply.status(201).send(created)
  })

  app.patch('/staff/:id', { schema: { tags, security, summary: 'Change a staff member; deactivating ends their sessions at once', params: IdParams, body: StaffUpdate, response: { 200: StaffMember, ...errorResponses } } }, async (request) => {
    const { actor, scope, target } = await loadManaged(request, request.params.id)
    if (target.id === actor.id && (request.body.active === false || request.body.role || request.body.regionId !== undefined || request.body.centerId !== undefined))
      throw badRequest('own_account', 'You cannot change your own role, scope or access')
    const next = {
      role: request.body.role ?? target.role,
      regionId: request.body.regionId !== undefined ? request.body.regionId : target.region_id,
      centerId: request.body.centerId !== undefined ? request.body.centerId : target.center_id,
    }
    assertMayAssign(actor, scope, next)
    const before = await one(target.id)
    await app.db.transaction().execute(async (trx) => {
      await updateStaffRow(trx, target.id, { ...request.body, ...next }, app.clock())
      if (request.body.active === false || request.body.role || next.centerId !== target.center_id || next.regionId !== target.region_id)
        await deleteSessionsOfStaff(trx, target.id)
    })
    const after = await one(target.id)
    await request.audit({ entity: 'staff', entityId: target.id, action: 'update', centerId: after.centerId, before, after })
    return after
  })

  app.post('/staff/:id/password', { schema: { tags, security, summary: "Reset someone's password; their sessions end", params: IdParams, body: PasswordReset, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    const { target } = await loadManaged(request, request.params.id)
    assertStrongPassword(request.body.password, target.username)
    await updateStaffRow(app.db, target.id, { passwordHash: await hashPassword(request.body.password) }, app.clock())
    await deleteSessionsOfStaff(app.db, target.id)
    await request.audit({ entity: 'staff', entityId: target.id, action: 'reset_password', centerId: target.center_id })
    return reply.status(204).send(null)
  })
}
