import type { AuditEntry } from '@linli/contracts'
import type { Translate } from '../../composables/api-error'
import { AUDIT_TIME_ZONE } from './audit-query'

const stamp = new Intl.DateTimeFormat('sv-SE', {
  timeZone: AUDIT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
})

/** `2026-11-21 14:03:05`, China time, whatever zone the browser is in. */
export const auditTime = (iso: string) => stamp.format(new Date(iso))

/** The first part of an id, enough to tell records apart in a list. */
export const shortId = (id: string) => (id.length > 12 ? id.slice(0, 8) : id)

/**
 * Display names of the log's codes; unknown codes show as they are, so a new kind of entry
 * added by the API still reads sensibly. `split_from:<id>` names the activity it came from.
 */
export function auditLabels(translate: Translate) {
  return {
    entity: (entity: string) => translate(`audit.entities.${entity}`) ?? entity,
    action: (action: string) => {
      const [code = action, ref] = action.split(':')
      return translate(`audit.actions.${code}`, { id: ref ? shortId(ref) : '' }) ?? action
    },
    actor: (entry: Pick<AuditEntry, 'actorName' | 'actorKind'>) =>
      entry.actorName ?? translate(`audit.actors.${entry.actorKind}`) ?? entry.actorKind,
    field: (field: string) => translate(`audit.fields.${field}`) ?? field,
  }
}

export type AuditLabels = ReturnType<typeof auditLabels>

const NAME_FIELDS = ['displayName', 'name', 'title'] as const

/**
 * What the entry is about in words, e.g. the person or room's name: from its after or before
 * state, else from names known by id (the staff list), else nothing.
 */
export function subjectName(entry: Pick<AuditEntry, 'entityId' | 'before' | 'after'>, known: ReadonlyMap<string, string> = new Map()): string | undefined {
  for (const state of [entry.after, entry.before]) {
    if (!state || typeof state !== 'object') continue
    const record = state as Record<string, unknown>
    const name = NAME_FIELDS.map((f) => record[f]).find((v): v is string => typeof v === 'string' && v.length > 0)
    if (name) return name
  }
  return known.get(entry.entityId)
}
