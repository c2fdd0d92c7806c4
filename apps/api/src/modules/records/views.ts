import { createHash, randomBytes } from 'node:crypto'
import { localDateOf } from '@linli/schedule'
import type { App } from '../../app-instance'
import { countView, daySalt, forgetOldDays, leaveMark, totalViews } from './views.repository'

/**
 * Distinct viewers per record and day, without ever storing who viewed. A view's viewer (the
 * signed-in resident's id, else the random id the browser keeps, else its address and browser)
 * is hashed with the record and a random salt made for that day. The hash (a "mark") is kept for
 * the day so a second view is not counted twice; marks and the day's salt are deleted once the day
 * is over, so only the count per record and day remains. Without the salt a mark cannot be tied to
 * a resident, even by trying every resident's id, and the salt is never shown nor kept.
 */
export async function recordView(app: App, recordId: string, timeZone: string, viewer: string) {
  const now = app.clock()
  const day = localDateOf(now, timeZone)
  const twoDaysAgo = localDateOf(new Date(now.getTime() - 2 * 86_400_000), 'UTC')
  const counted = await app.db.transaction().execute(async (trx) => {
    await forgetOldDays(trx, twoDaysAgo)
    const salt = await daySalt(trx, day, randomBytes(32))
    const mark = createHash('sha256').update(salt).update(recordId).update('\0').update(viewer).digest()
    const isNew = await leaveMark(trx, day, mark)
    if (isNew) await countView(trx, recordId, day)
    return isNew
  })
  return { views: await totalViews(app.db, recordId), counted }
}
