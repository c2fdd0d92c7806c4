import { NEED_TRANSITIONS, PROJECT_TRANSITIONS, RESOURCE_TRANSITIONS } from '@linli/contracts'
import { conflict } from '../../plugins/errors'

type Kind = 'resource' | 'need' | 'project'
const TABLES = { resource: RESOURCE_TRANSITIONS, need: NEED_TRANSITIONS, project: PROJECT_TRANSITIONS } as const
/** Throws 409 invalid_transition unless `to` may follow `from` (the same status is no change, and allowed). */
export function assertTransition(kind: Kind, from: string, to: string | undefined) {
  if (to === undefined || to === from) return
  const allowed = (TABLES[kind] as Record<string, readonly string[]>)[from] ?? []
  if (!allowed.includes(to)) throw conflict('invalid_transition', `This ${kind} is ${from}; it cannot become ${to}; nothing was changed`)
}
