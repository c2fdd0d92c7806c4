import type { Database } from '../../db/database'

/**
 * The value of a key the server makes for itself, made now when there is none. Every replica may
 * race here on first start: the first insert wins, the others insert nothing and read back the
 * winner's value, so all of them sign with the same key.
 */
export async function ensureServerKey(db: Database, name: string, make: () => string, now: Date): Promise<string> {
  const read = () => db.selectFrom('server_keys').select('value').where('name', '=', name).executeTakeFirst()
  const existing = await read()
  if (existing) return existing.value
  await db.insertInto('server_keys').values({ name, value: make(), created_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute()
  return (await read())!.value
}
