/**
 * The one place that imports rrule.
 *
 * rrule 2.8.1 has no "exports" map: Node (tsx, and Vitest for dependencies) loads its CommonJS
 * build, whose namespace has the API only under `default`, while Vite loads its "module" build,
 * an ES module with named exports and no default. A namespace import works in both if we take
 * `default` when it is there. (A default import breaks the Vite build; named imports break Node.)
 */
import * as rruleModule from 'rrule'

type RRuleModule = typeof rruleModule

// Reflect.get rather than `.default`: bundlers warn that a static `.default` is always undefined.
const lib = (Reflect.get(rruleModule, 'default') as RRuleModule | undefined) ?? rruleModule

export const RRule = lib.RRule
export type RRule = rruleModule.RRule
