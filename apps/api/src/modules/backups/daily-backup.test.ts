import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { backupDueInMs } from './daily-backup'

const HOUR = 3_600_000
/** File times keep less than a millisecond exactly; seconds are plenty here. */
const inSeconds = async (ms: Promise<number>) => Math.round((await ms) / 1000)

describe('when the embedded database backs itself up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linli-daily-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('waits an hour after start when there is no backup yet, then a day after the newest one', async () => {
    const start = Date.now()
    expect(await backupDueInMs(dir, start, start)).toBe(HOUR)
    expect(await backupDueInMs(dir, start, start + 2 * HOUR)).toBe(-HOUR)

    const newest = join(dir, 'linli-backup-2026-12-06T03-00-00-000Z.sha256')
    writeFileSync(newest, '')
    const madeAt = new Date(start - 5 * HOUR)
    utimesSync(newest, madeAt, madeAt)
    expect(await inSeconds(backupDueInMs(dir, start, start))).toBe(19 * 3600)
    // A file that is not a complete backup does not count.
    writeFileSync(join(dir, 'linli-backup-2026-12-07T03-00-00-000Z.sql.partial'), '')
    expect(await inSeconds(backupDueInMs(dir, start, start))).toBe(19 * 3600)
  })
})
