import { NOTIFICATION_TOPICS, type NotificationSettings } from '@linli/contracts'

const KEY = 'linli.notification-settings.unsaved'

/**
 * A save refused because the sign-in had lapsed sends the resident to sign in again; the edits
 * wait here (this tab only) and come back when the same resident returns, so nothing is lost.
 */
export function stashDraft(residentId: string, draft: NotificationSettings) {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ residentId, draft }))
  } catch {
    // Storage refused (private browsing on some phones): the edits last only while the page does.
  }
}

/** The stashed edits, once, if they were this resident's and still look like settings. */
export function takeDraft(residentId: string): NotificationSettings | null {
  let raw: string | null
  try {
    raw = globalThis.sessionStorage?.getItem(KEY) ?? null
    globalThis.sessionStorage?.removeItem(KEY)
  } catch {
    return null
  }
  return parseStash(raw, residentId)
}

const isTopics = (v: unknown) => Array.isArray(v) && v.every((t) => (NOTIFICATION_TOPICS as readonly unknown[]).includes(t))
const isTime = (v: unknown) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v)

export function parseStash(raw: string | null, residentId: string): NotificationSettings | null {
  if (!raw) return null
  let value: { residentId?: unknown; draft?: Partial<NotificationSettings> }
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  const d = value?.draft
  if (value?.residentId !== residentId || !d) return null
  const ok = (d.language === 'zh-CN' || d.language === 'en') && typeof d.reminders === 'boolean'
    && isTopics(d.pushTopics) && isTopics(d.smsTopics) && isTime(d.quietHours?.start) && isTime(d.quietHours?.end)
  return ok ? (d as NotificationSettings) : null
}
