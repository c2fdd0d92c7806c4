import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate } from './activities'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])

/** The three lists of co-building (三个清单): what units offer, what communities need, and the projects matching them. */
export const RESOURCE_KINDS = ['room', 'venue', 'funds', 'experts', 'volunteers', 'other'] as const
export const ResourceKind = Type.Union(RESOURCE_KINDS.map((v) => Type.Literal(v)))
export type ResourceKind = Static<typeof ResourceKind>

/** 可用 / 已对接 / 停用 */
export const RESOURCE_STATUSES = ['available', 'matched', 'retired'] as const
export const ResourceStatus = Type.Union(RESOURCE_STATUSES.map((v) => Type.Literal(v)))
export type ResourceStatus = Static<typeof ResourceStatus>
/** 待对接 / 已对接 / 已完成 / 已关闭 */
export const NEED_STATUSES = ['open', 'matched', 'done', 'closed'] as const
export const NeedStatus = Type.Union(NEED_STATUSES.map((v) => Type.Literal(v)))
export type NeedStatus = Static<typeof NeedStatus>
/** 筹备中 / 进行中 / 已完成 / 已终止 */
export const PROJECT_STATUSES = ['preparing', 'active', 'completed', 'terminated'] as const
export const ProjectStatus = Type.Union(PROJECT_STATUSES.map((v) => Type.Literal(v)))
export type ProjectStatus = Static<typeof ProjectStatus>

/** Which status may follow which; the API refuses any other change with 409 invalid_transition. */
export const RESOURCE_TRANSITIONS: Record<ResourceStatus, readonly ResourceStatus[]> = {
  available: ['matched', 'retired'], matched: ['available', 'retired'], retired: ['available'],
}
export const NEED_TRANSITIONS: Record<NeedStatus, readonly NeedStatus[]> = {
  open: ['matched', 'closed'], matched: ['open', 'done', 'closed'], done: [], closed: ['open'],
}
export const PROJECT_TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  preparing: ['active', 'terminated'], active: ['completed', 'terminated'], completed: [], terminated: [],
}

/** A need or project is a center's or a region's: exactly one of the two ids. */
const Owner = { centerId: Type.Optional(Id), regionId: Type.Optional(Id) }

export const ResourceCreate = Type.Object({
  unitId: Id, kind: ResourceKind, description: Text(500), quantity: Type.Optional(Nullable(Text(80))),
}, { additionalProperties: false })
export type ResourceCreate = Static<typeof ResourceCreate>
export const ResourceUpdate = Type.Object({
  kind: Type.Optional(ResourceKind), description: Type.Optional(Text(500)), quantity: Type.Optional(Nullable(Text(80))), status: Type.Optional(ResourceStatus),
}, { additionalProperties: false, minProperties: 1 })
export type ResourceUpdate = Static<typeof ResourceUpdate>
export const Resource = Type.Object({
  id: Id, unitId: Id, unitName: Type.String(), kind: ResourceKind, description: Type.String(), quantity: Nullable(Type.String()),
  status: ResourceStatus, updatedAt: Timestamp,
})
export type Resource = Static<typeof Resource>

export const NeedCreate = Type.Object({ ...Owner, title: Text(80), description: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false })
export type NeedCreate = Static<typeof NeedCreate>
export const NeedUpdate = Type.Object({
  title: Type.Optional(Text(80)), description: Type.Optional(Type.String({ maxLength: 1000 })), status: Type.Optional(NeedStatus),
}, { additionalProperties: false, minProperties: 1 })
export type NeedUpdate = Static<typeof NeedUpdate>
export const Need = Type.Object({
  id: Id, centerId: Nullable(Id), regionId: Nullable(Id), ownerName: Type.String(), title: Type.String(), description: Type.String(),
  status: NeedStatus, updatedAt: Timestamp,
})
export type Need = Static<typeof Need>

export const ProjectCreate = Type.Object({
  ...Owner, title: Text(80), description: Type.Optional(Type.String({ maxLength: 1000 })),
  resourceIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
  needIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
}, { additionalProperties: false })
export type ProjectCreate = Static<typeof ProjectCreate>
export const ProjectUpdate = Type.Object({
  title: Type.Optional(Text(80)), description: Type.Optional(Type.String({ maxLength: 1000 })), status: Type.Optional(ProjectStatus),
}, { additionalProperties: false, minProperties: 1 })
export type ProjectUpdate = Static<typeof ProjectUpdate>
export const Project = Type.Object({
  id: Id, centerId: Nullable(Id), regionId: Nullable(Id), ownerName: Type.String(), title: Type.String(), description: Type.String(),
  status: ProjectStatus, startedOn: Nullable(LocalDate), completedOn: Nullable(LocalDate), updatedAt: Timestamp,
  resources: Type.Array(Type.Object({ id: Id, description: Type.String(), unitName: Type.String() })),
  needs: Type.Array(Type.Object({ id: Id, title: Type.String() })),
})
export type Project = Static<typeof Project>

/** A center's or region's three lists at once (the admin page's three tabs). */
export const CoBuildingLists = Type.Object({
  resources: Type.Array(Resource), needs: Type.Array(Need), projects: Type.Array(Project),
  /** The units whose resources a project or meeting of this owner may use (to pick from). */
  units: Type.Array(Type.Object({ id: Id, name: Type.String() })),
})
export type CoBuildingLists = Static<typeof CoBuildingLists>
