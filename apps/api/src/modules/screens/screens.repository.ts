import { createHash, randomBytes, randomInt } from 'node:crypto'
import { type Screen, type ScreenConfig, type ScreenCreate, type ScreenUpdate, normalizePairingCode } from '@linli/contracts'
import type { Database } from '../../db/database'
import type { ScreensTable } from '../../db/schema'
import { type Selectable, sql } from 'kysely'

export const digest = (secret: string) => createHash('sha256').update(secret).digest('hex')
// No 0/O or 1/I: the code is read off a screen across a room.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const newCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')

export async function startPairing(db: Database, now: Date, ttlMinutes = 30) {
  const secret = randomBytes(24).toString('base64url')
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000)
  await db.deleteFrom('screen_pairings').where('expires_at', '<', now).where('screen_id', 'is', null).execute()
  for (;;) {
    const code = newCode()
    const row = await db
      .insertInto('screen_pairings')
      .values({ code, secret_hash: digest(secret), expires_at: expiresAt })
      .onConflict((oc) => oc.column('code').where('screen_id', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst()
    if (row) return { pairingId: row.id, code, secret, expiresAt: expiresAt.toISOString(), ttlSeconds: ttlMinutes * 60 }
  }
}

export function findPairing(db: Database, id: string) {
  return db.selectFrom('screen_pairings').selectAll().where('id', '=', id).executeTakeFirst()
}

export function findOpenPairingByCode(db: Database, code: string, now: Date) {
  return db.selectFrom('screen_pairings').selectAll().where('code', '=', normalizePairingCode(code)).where('screen_id', 'is', null)
    .where('expires_at', '>', now).executeTakeFirst()
}

/** Creates the screen for a pairing code; the device token waits in the pairing row for the screen's next poll. */
export async function completePairing(db: Database, pairingId: string, centerId: string, input: ScreenCreate, staffId: string) {
  const token = randomBytes(32).toString('base64url')
  const screen = await db
    .insertInto('screens')
    .values({
      center_id: centerId, room_id: input.roomId ?? null, name: input.name.trim(), layout: input.layout, language: input.language,
      token_hash: digest(token), created_by: staffId,
      ...(input.panelInches !== undefined && { panel_inches: input.panelInches }),
      ...(input.viewingDistanceM !== undefined && { viewing_distance_m: input.viewingDistanceM }),
      ...(input.showRecords !== undefined && { show_records: input.showRecords }),
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  await db.updateTable('screen_pairings').set({ screen_id: screen.id, pending_token: token }).where('id', '=', pairingId).execute()
  return screen
}

/** Hands the device token over exactly once, even if the screen polls twice at the same moment. */
export async function takePendingToken(db: Database, pairingId: string) {
  const { rows } = await sql<{ token: string; screen_id: string }>`
    update screen_pairings p set pending_token = null
    from (select id, pending_token from screen_pairings where id = ${pairingId} and pending_token is not null for update) old
    where p.id = old.id
    returning old.pending_token as token, p.screen_id`.execute(db)
  return rows[0] ? { token: rows[0].token, screenId: rows[0].screen_id } : undefined
}

export function findScreenByToken(db: Database, token: string) {
  return db.selectFrom('screens').selectAll().where('token_hash', '=', digest(token)).where('revoked_at', 'is', null).executeTakeFirst()
}

export function findScreen(db: Database, id: string) {
  return db.selectFrom('screens').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
}

export function listScreens(db: Database, centerId: string) {
  return db.selectFrom('screens').selectAll().where('center_id', '=', centerId).where('revoked_at', 'is', null).orderBy('name').execute()
}

export async function updateScreen(db: Database, id: string, input: ScreenUpdate, now: Date) {
  await db.updateTable('screens').set({
    ...(input.name !== undefined && { name: input.name.trim() }),
    ...(input.layout !== undefined && { layout: input.layout }),
    ...(input.language !== undefined && { language: input.language }),
    ...(input.roomId !== undefined && { room_id: input.roomId }),
    ...(input.centerId !== undefined && { center_id: input.centerId }),
    ...(input.panelInches !== undefined && { panel_inches: input.panelInches }),
    ...(input.viewingDistanceM !== undefined && { viewing_distance_m: input.viewingDistanceM }),
    ...(input.showRecords !== undefined && { show_records: input.showRecords }),
    updated_at: now,
  }).where('id', '=', id).execute()
}

export async function revokeScreen(db: Database, id: string, now: Date) {
  await db.updateTable('screens').set({ revoked_at: now, updated_at: now }).where('id', '=', id).execute()
}

export async function touchScreen(db: Database, id: string, now: Date, appVersion?: string) {
  await db.updateTable('screens').set({ last_seen_at: now, ...(appVersion && { app_version: appVersion.slice(0, 40) }) }).where('id', '=', id).execute()
}

/** Many screens' last beats in one statement (seen-batch.ts); a beat never moves last_seen_at back. */
export async function touchScreens(db: Database, beats: readonly { id: string; at: Date; appVersion?: string }[]) {
  if (beats.length === 0) return
  await sql`
    update screens s set last_seen_at = greatest(s.last_seen_at, b.at), app_version = coalesce(b.version, s.app_version)
    from unnest(${beats.map((b) => b.id)}::uuid[], ${beats.map((b) => b.at.toISOString())}::timestamptz[], ${beats.map((b) => b.appVersion?.slice(0, 40) ?? null)}::text[]) as b(id, at, version)
    where s.id = b.id`.execute(db)
}

const ONLINE_MS = 75_000
const STALE_MS = 120_000

export const toScreen = (s: Selectable<ScreensTable>, now: Date): Screen => {
  const age = s.last_seen_at ? now.getTime() - s.last_seen_at.getTime() : Infinity
  // A screen paired a moment ago has not had two minutes to go silent: it is waiting to connect.
  const silentFor = now.getTime() - (s.last_seen_at ?? s.created_at).getTime()
  return {
    id: s.id, centerId: s.center_id, name: s.name, layout: s.layout, language: s.language, roomId: s.room_id,
    panelInches: s.panel_inches, viewingDistanceM: s.viewing_distance_m, showRecords: s.show_records,
    online: age <= ONLINE_MS, stale: silentFor > STALE_MS, lastSeenAt: s.last_seen_at?.toISOString() ?? null,
    appVersion: s.app_version, createdAt: s.created_at.toISOString(),
  }
}

export const toScreenConfig = (s: Selectable<ScreensTable>): ScreenConfig => ({
  screenId: s.id, centerId: s.center_id, name: s.name, layout: s.layout, language: s.language, roomId: s.room_id,
  panelInches: s.panel_inches, viewingDistanceM: s.viewing_distance_m, showRecords: s.show_records,
})

/** The paired screens of several centers (a district's), by center then name. */
export function listScreensOfCenters(db: Database, centerIds: string[]) {
  if (!centerIds.length) return Promise.resolve([])
  return db.selectFrom('screens').selectAll().where('center_id', 'in', centerIds).where('revoked_at', 'is', null)
    .orderBy('center_id').orderBy('name').execute()
}
