import type { NotificationLanguage } from '@linli/contracts'
import type { Database } from '../../db/database'

const inbox = (db: Database, residentId: string, unreadOnly: boolean) => {
  const q = db.selectFrom('notifications').where('resident_id', '=', residentId)
  return unreadOnly ? q.where('read_at', 'is', null) : q
}

const FIELDS = ['id', 'kind', 'center_id', 'params', 'link', 'created_at', 'read_at'] as const

/** One page of a resident's notifications, newest first. */
export const listInbox = (db: Database, residentId: string, page: { limit: number; offset: number; unreadOnly: boolean }) =>
  inbox(db, residentId, page.unreadOnly).select(FIELDS).orderBy('created_at', 'desc').orderBy('id', 'desc')
    .limit(page.limit).offset(page.offset).execute()

export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number]

export async function countInbox(db: Database, residentId: string, unreadOnly: boolean) {
  const row = await inbox(db, residentId, unreadOnly).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

export const unreadCount = (db: Database, residentId: string) => countInbox(db, residentId, true)

/** One of the resident's own notifications; someone else's is as good as missing. */
export const findOwnNotification = (db: Database, residentId: string, id: string) =>
  db.selectFrom('notifications').select(FIELDS).where('id', '=', id).where('resident_id', '=', residentId).executeTakeFirst()

/** Marks one read, keeping the first time it was read. */
export async function markRead(db: Database, residentId: string, id: string, now: Date) {
  await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).where('resident_id', '=', residentId).where('read_at', 'is', null).execute()
}

export async function markAllRead(db: Database, residentId: string, now: Date) {
  const result = await db.updateTable('notifications').set({ read_at: now }).where('resident_id', '=', residentId).where('read_at', 'is', null).executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function residentLanguage(db: Database, residentId: string): Promise<NotificationLanguage> {
  const row = await db.selectFrom('residents').select('language').where('id', '=', residentId).executeTakeFirstOrThrow()
  return row.language
}

export async function setResidentLanguage(db: Database, residentId: string, language: NotificationLanguage) {
  await db.updateTable('residents').set({ language }).where('id', '=', residentId).execute()
}
