import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import {
  GroupMember, GroupMemberParams, GroupMembersAdd, IdParams, ResidentGroup, ResidentGroupCreate, ResidentGroupUpdate, errorResponses, itemsOf,
} from '@linli/contracts'
import { badRequest, notFound } from '../../plugins/errors'
import { type Actor, assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import {
  addMembers, deleteGroup, findGroup, findResidents, insertGroup, listGroups, listMembers, removeMember, toGroup, updateGroup,
} from './groups.repository'

/** Target groups (党员, 银龄, 四点半课堂的家长 …) whose participation rate the reports give. */
export const groupsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['participation']

  async function loadGroup(actor: Actor, groupId: string) {
    const group = await findGroup(app.db, groupId)
    if (!group) throw notFound('Group')
    await assertCenterAccess(app.db, actor, group.center_id, 'manage_participation')
    return group
  }

  app.get(
    '/centers/:id/groups',
    { schema: { tags, summary: "A center's target groups with member counts", params: IdParams, response: { 200: itemsOf(ResidentGroup), ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_participation')
      return { items: (await listGroups(app.db, request.params.id)).map(toGroup) }
    },
  )

  app.post(
    '/centers/:id/groups',
    { schema: { tags, summary: 'Create a target group', params: IdParams, body: ResidentGroupCreate, response: { 201: ResidentGroup, ...errorResponses } } },
    async (request, reply) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_participation')
      const id = await insertGroup(app.db, request.params.id, request.body)
      const group = toGroup((await findGroup(app.db, id))!)
      await request.audit({ entity: 'resident_group', entityId: id, action: 'create', centerId: group.centerId, after: group })
      return reply.status(201).send(group)
    },
  )

  app.patch(
    '/groups/:id',
    { schema: { tags, summary: 'Rename or describe a target group', params: IdParams, body: ResidentGroupUpdate, response: { 200: ResidentGroup, ...errorResponses } } },
    async (request) => {
      const before = toGroup(await loadGroup(requireActor(request), request.params.id))
      await updateGroup(app.db, before.id, request.body, app.clock())
      const after = toGroup((await findGroup(app.db, before.id))!)
      await request.audit({ entity: 'resident_group', entityId: before.id, action: 'update', centerId: before.centerId, before, after })
      return after
    },
  )

  app.delete(
    '/groups/:id',
    { schema: { tags, summary: 'Delete a target group and its member list (residents stay)', params: IdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const before = toGroup(await loadGroup(requireActor(request), request.params.id))
      await deleteGroup(app.db, before.id)
      await request.audit({ entity: 'resident_group', entityId: before.id, action: 'delete', centerId: before.centerId, before })
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/groups/:id/members',
    { schema: { tags, summary: "A target group's members", params: IdParams, response: { 200: itemsOf(GroupMember), ...errorResponses } } },
    async (request) => {
      const group = await loadGroup(requireActor(request), request.params.id)
      return { items: await listMembers(app.db, group.id) }
    },
  )

  app.post(
    '/groups/:id/members',
    { schema: { tags, summary: 'Add residents by id or phone; any unknown one is a 400 listing them, and nothing is added', params: IdParams, body: GroupMembersAdd, response: { 200: itemsOf(GroupMember), ...errorResponses } } },
    async (request) => {
      const group = await loadGroup(requireActor(request), request.params.id)
      const ids = request.body.residentIds ?? []
      const phones = request.body.phones ?? []
      const found = await findResidents(app.db, { ids, phones })
      const unknown = [
        ...ids.filter((id) => !found.some((r) => r.id === id)).map((id) => ({ path: 'body/residentIds', message: `${id} is not a resident` })),
        ...phones.filter((p) => !found.some((r) => r.phone === p)).map((p) => ({ path: 'body/phones', message: `${p} has no resident account` })),
      ]
      if (unknown.length) throw badRequest('unknown_residents', `${unknown.length} of these are not residents with an account; nobody was added`, unknown)
      const residentIds = [...new Set(found.map((r) => r.id))]
      await addMembers(app.db, group.id, residentIds, app.clock())
      await request.audit({ entity: 'resident_group', entityId: group.id, action: 'add_members', centerId: group.center_id, after: { residentIds } })
      return { items: await listMembers(app.db, group.id) }
    },
  )

  app.delete(
    '/groups/:id/members/:residentId',
    { schema: { tags, summary: 'Take a resident out of a target group', params: GroupMemberParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const group = await loadGroup(requireActor(request), request.params.id)
      if (!(await removeMember(app.db, group.id, request.params.residentId))) throw notFound('Member of this group')
      await request.audit({ entity: 'resident_group', entityId: group.id, action: 'remove_member', centerId: group.center_id, before: { residentId: request.params.residentId } })
      return reply.status(204).send(null)
    },
  )
}
