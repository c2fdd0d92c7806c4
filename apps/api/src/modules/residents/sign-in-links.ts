import { createHash, randomBytes } from 'node:crypto'
import { SIGN_IN_LINK_MINUTES, type SignInLink } from '@linli/contracts'
import type { App } from '../../app-instance'
import { badRequest } from '../../plugins/errors'
import { absoluteUrl, servedPath } from '../notifications/links'
import { findSignInLink, insertSignInLink, replaceOpenLinks, useSignInLink } from './sign-in-links.repository'

/*
 * One-time sign-in links, handed over at the desk as a QR for residents who cannot type. The token
 * is 256 random bits and only its SHA-256 is stored (a leaked table signs nobody in); a link lasts
 * 10 minutes, works once, and a newer one for the same resident ends it.
 */
const digest = (token: string) => createHash('sha256').update(token).digest('hex')

export async function createSignInLink(app: App, r: { residentId: string; residentName: string; centerId: string; staffId: string }) {
  const token = randomBytes(32).toString('base64url')
  const now = app.clock()
  const { link, replaced } = await app.db.transaction().execute(async (trx) => {
    const replaced = await replaceOpenLinks(trx, r.residentId, now)
    const link = await insertSignInLink(trx, { ...r, tokenHash: digest(token), now, expiresAt: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000) })
    return { link, replaced }
  })
  // A phone-page link, served where the phone pages are (/m/login once they have their own app).
  const pageLink = `/m/login?t=${token}`
  const body: SignInLink = {
    residentId: r.residentId, residentName: r.residentName, path: servedPath(pageLink), url: absoluteUrl(app.config.publicUrl, pageLink) ?? null,
    expiresAt: link.expires_at.toISOString(),
  }
  return { body, linkId: link.id, replaced }
}

/** The resident the link signs in, closing it; a 400 saying why when it cannot. */
export async function redeemSignInLink(app: App, token: string) {
  const now = app.clock()
  const hash = digest(token)
  const row = await useSignInLink(app.db, hash, now)
  if (row) return row
  const link = await findSignInLink(app.db, hash)
  if (link?.closed_reason === 'used') throw badRequest('sign_in_link_used', 'This sign-in code has been used already; ask the service desk for a new one')
  if (link?.closed_reason === 'replaced') throw badRequest('sign_in_link_replaced', 'A newer sign-in code was made for you; scan that one, or ask the service desk for a new one')
  if (link?.active && link.expires_at <= now) throw badRequest('sign_in_link_expired', 'This sign-in code has expired (codes last 10 minutes); ask the service desk for a new one')
  throw badRequest('sign_in_link_invalid', 'This sign-in code is not valid; ask the service desk for a new one')
}
