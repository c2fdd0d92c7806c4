import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CoBuildingLists, IdParams, Need, NeedCreate, NeedUpdate, Project, ProjectCreate, ProjectUpdate, Resource, ResourceCreate, ResourceUpdate, errorResponses,
} from '@linli/contracts'
import { requireActor } from '../auth/session.hook'
import {
  changeNeed, changeProject, changeResource, createNeed, createProject, createResource, readLists, removeNeed, removeProject, removeResource,
} from './lists.service'

/**
 * The three lists of co-building (三个清单): resources units offer, needs communities post, and the
 * projects that match them, each with a status whose changes are checked (409 invalid_transition).
 * Every change is in the audit log.
 */
export const coBuildingListsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['co-building-lists']
  const security = [{ session: [] }]
  const noContent = { 204: { type: 'null' }, ...errorResponses } as const
  const centerOf = (r: { centerId?: string | null }) => r.centerId ?? undefined

  app.get(
    '/centers/:id/co-building-lists',
    { schema: { tags, security, summary: "A center's needs and projects, and the resources of the units it works with", params: IdParams, response: { 200: CoBuildingLists, ...errorResponses } } },
    async (request) => readLists(app.db, requireActor(request), { centerId: request.params.id }),
  )

  app.get(
    '/regions/:id/co-building-lists',
    { schema: { tags, security, summary: "A region's needs and projects (its own and its centers'), and its units' resources (district admins)", params: IdParams, response: { 200: CoBuildingLists, ...errorResponses } } },
    async (request) => readLists(app.db, requireActor(request), { regionId: request.params.id }),
  )

  app.post(
    '/co-building-resources',
    { schema: { tags, security, summary: "Record a resource a unit offers (the admins of the unit's region)", body: ResourceCreate, response: { 201: Resource, ...errorResponses } } },
    async (request, reply) => {
      const after = await createResource(app, requireActor(request), request.body)
      await request.audit({ entity: 'co_building_resource', entityId: after.id, action: 'create', after })
      return reply.status(201).send(after)
    },
  )

  app.patch(
    '/co-building-resources/:id',
    { schema: { tags, security, summary: 'Edit a resource or change its status (可用 / 已对接 / 停用)', params: IdParams, body: ResourceUpdate, response: { 200: Resource, ...errorResponses } } },
    async (request) => {
      const r = await changeResource(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'co_building_resource', entityId: r.after.id, action: 'update', before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/co-building-resources/:id',
    { schema: { tags, security, summary: 'Delete a resource no project uses', params: IdParams, response: noContent } },
    async (request, reply) => {
      const before = await removeResource(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'co_building_resource', entityId: before.id, action: 'delete', before })
      return reply.status(204).send()
    },
  )

  app.post(
    '/co-building-needs',
    { schema: { tags, security, summary: "Post a need of a center (its staff) or a region (its admins)", body: NeedCreate, response: { 201: Need, ...errorResponses } } },
    async (request, reply) => {
      const after = await createNeed(app, requireActor(request), request.body)
      await request.audit({ entity: 'co_building_need', entityId: after.id, action: 'create', centerId: centerOf(after), after })
      return reply.status(201).send(after)
    },
  )

  app.patch(
    '/co-building-needs/:id',
    { schema: { tags, security, summary: 'Edit a need or change its status (待对接 / 已对接 / 已完成 / 已关闭)', params: IdParams, body: NeedUpdate, response: { 200: Need, ...errorResponses } } },
    async (request) => {
      const r = await changeNeed(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'co_building_need', entityId: r.after.id, action: 'update', centerId: centerOf(r.after), before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/co-building-needs/:id',
    { schema: { tags, security, summary: 'Delete a need no project answers', params: IdParams, response: noContent } },
    async (request, reply) => {
      const before = await removeNeed(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'co_building_need', entityId: before.id, action: 'delete', centerId: centerOf(before), before })
      return reply.status(204).send()
    },
  )

  app.post(
    '/co-building-projects',
    { schema: { tags, security, summary: 'Start a project matching resources to needs: open needs and available resources become 已对接', body: ProjectCreate, response: { 201: Project, ...errorResponses } } },
    async (request, reply) => {
      const after = await createProject(app, requireActor(request), request.body)
      await request.audit({ entity: 'co_building_project', entityId: after.id, action: 'create', centerId: centerOf(after), after })
      return reply.status(201).send(after)
    },
  )

  app.patch(
    '/co-building-projects/:id',
    { schema: { tags, security, summary: 'Edit a project or move it on (筹备中 → 进行中 → 已完成, or 已终止)', params: IdParams, body: ProjectUpdate, response: { 200: Project, ...errorResponses } } },
    async (request) => {
      const r = await changeProject(app, requireActor(request), request.params.id, request.body)
      await request.audit({ entity: 'co_building_project', entityId: r.after.id, action: 'update', centerId: centerOf(r.after), before: r.before, after: r.after })
      return r.after
    },
  )

  app.delete(
    '/co-building-projects/:id',
    { schema: { tags, security, summary: 'Delete a project still in preparation or terminated', params: IdParams, response: noContent } },
    async (request, reply) => {
      const before = await removeProject(app, requireActor(request), request.params.id)
      await request.audit({ entity: 'co_building_project', entityId: before.id, action: 'delete', centerId: centerOf(before), before })
      return reply.status(204).send()
    },
  )
}
