import type { Need, Project, Resource } from '@linli/contracts'
import type { NeedRow, ProjectRow, ResourceRow, projectLinks } from './lists.repository'

type Links = Awaited<ReturnType<typeof projectLinks>>

export const toResource = (r: ResourceRow): Resource => ({
  id: r.id, unitId: r.unit_id, unitName: r.unit_name, kind: r.kind, description: r.description, quantity: r.quantity,
  status: r.status, updatedAt: r.updated_at.toISOString(),
})

export const toNeed = (r: NeedRow): Need => ({
  id: r.id, centerId: r.center_id, regionId: r.region_id, ownerName: r.owner_name, title: r.title, description: r.description,
  status: r.status, updatedAt: r.updated_at.toISOString(),
})

export const toProject = (r: ProjectRow, links: Links): Project => ({
  id: r.id, centerId: r.center_id, regionId: r.region_id, ownerName: r.owner_name, title: r.title, description: r.description,
  status: r.status, startedOn: r.started_on, completedOn: r.completed_on, updatedAt: r.updated_at.toISOString(),
  resources: links.resources.filter((l) => l.project_id === r.id).map((l) => ({ id: l.id, description: l.description, unitName: l.unit_name })),
  needs: links.needs.filter((l) => l.project_id === r.id).map((l) => ({ id: l.id, title: l.title })),
})
