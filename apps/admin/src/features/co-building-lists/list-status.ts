import {
  NEED_STATUSES, NEED_TRANSITIONS, PROJECT_STATUSES, PROJECT_TRANSITIONS, RESOURCE_STATUSES, RESOURCE_TRANSITIONS,
  type Need, type NeedStatus, type ProjectStatus, type Resource, type ResourceStatus,
} from '@linli/contracts'

/** The three lists; also the i18n prefix of each one's statuses (`coLists.<kind>Statuses`). */
export type ListKind = 'resource' | 'need' | 'project'
export type ListStatus = ResourceStatus | NeedStatus | ProjectStatus

const TRANSITIONS: Record<ListKind, Record<string, readonly ListStatus[]>> = { resource: RESOURCE_TRANSITIONS, need: NEED_TRANSITIONS, project: PROJECT_TRANSITIONS }
export const STATUSES: Record<ListKind, readonly ListStatus[]> = { resource: RESOURCE_STATUSES, need: NEED_STATUSES, project: PROJECT_STATUSES }

/** The statuses a row may move to, from the same table the API checks (anything else is 409 invalid_transition). */
export const nextStatuses = (kind: ListKind, from: string): readonly ListStatus[] => TRANSITIONS[kind][from] ?? []

/** A status nothing may follow (已完成, 已终止): moving there is asked about first, as it cannot be undone. */
export const isFinal = (kind: ListKind, status: string) => nextStatuses(kind, status).length === 0

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'
const TAGS: Record<ListKind, Record<string, TagType>> = {
  resource: { available: 'success', matched: 'primary', retired: 'info' },
  need: { open: 'warning', matched: 'primary', done: 'success', closed: 'info' },
  project: { preparing: 'warning', active: 'primary', completed: 'success', terminated: 'info' },
}
export const statusTagType = (kind: ListKind, status: string): TagType => TAGS[kind][status] ?? 'info'

/** Rows with the chosen status, or all of them when none is chosen. */
export const withStatus = <T extends { status: string }>(rows: readonly T[], status: string) => (status ? rows.filter((r) => r.status === status) : [...rows])

/** Resources a new project may use: every one but the retired (停用), as the API refuses those (resource_retired). */
export const pickableResources = (rows: readonly Resource[]) => rows.filter((r) => r.status !== 'retired')

/** Needs a new project may answer: those still open or matched (the API refuses done and closed ones: need_not_open). */
export const pickableNeeds = (rows: readonly Need[]) => rows.filter((n) => n.status === 'open' || n.status === 'matched')

/** A project under way or completed counts in the reports and is kept (the API answers project_under_way). */
export const projectDeletable = (status: ProjectStatus) => status === 'preparing' || status === 'terminated'

/** A project names 1 to 20 resources and 1 to 20 needs (as the API's schema): which rule a choice breaks, if any. */
export const MAX_LINKS = 20
export const linkRule = (count: number): '' | 'none' | 'tooMany' => (count === 0 ? 'none' : count > MAX_LINKS ? 'tooMany' : '')
