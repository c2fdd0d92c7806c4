/** What a feature module tells the scheduler about one of its jobs. */
export interface JobSpec {
  /** Unique across the app; the row in the `jobs` table. */
  name: string
  /** From the end of one run to the next due time. */
  everyMs: number
  /** The work; it must be safe to repeat, since a run whose replica died is run again. */
  run: () => Promise<unknown>
  /** When the next run is due after a successful one, for work with its own next time; everyMs if absent. */
  nextInMs?: () => Promise<number>
  /**
   * Run on every replica at once instead of once across them, for work that claims its own rows;
   * its due time is then this process's own and starts afresh with it.
   */
  everyReplica?: boolean
}

export interface Job {
  /** Makes the job due now (and once more after a run in progress); for callers that just made work for it. */
  runNow(): void
}

export interface SchedulerOptions {
  /** How often a replica asks the database for due jobs. */
  pollMs: number
  /** How long a claim keeps other replicas off a job; a live run renews it every third of that. */
  leaseMs: number
  /** Longest wait after failed runs (a failed run waits everyMs × 2^failures, at least everyMs). */
  maxBackoffMs: number
}

export const defaultSchedulerOptions: SchedulerOptions = { pollMs: 500, leaseMs: 60_000, maxBackoffMs: 60_000 }

export const backoffMs = (failures: number, everyMs: number, maxMs: number) => Math.max(everyMs, Math.min(maxMs, everyMs * 2 ** failures))
