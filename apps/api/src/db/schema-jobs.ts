import type { Nullable } from './column-types'
import type { Generated } from 'kysely'

/** Recurring jobs (src/jobs): when each is next due and who holds it; times are the database's clock. */
export interface JobsTable {
  name: string
  due_at: Date
  /** The lease of the replica running it; past it, the run is taken as crashed. */
  locked_until: Nullable<Date>
  lease_token: Nullable<string>
  /** Asked to run again while it was running. */
  nudged: Generated<boolean>
  /** Runs started, crashed ones included. */
  runs: Generated<number>
  /** Failed runs in a row; reset by a run that succeeds. */
  failures: Generated<number>
  /** When the last run ended. */
  last_run_at: Nullable<Date>
  last_error: Nullable<string>
}
