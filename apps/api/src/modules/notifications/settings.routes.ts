import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  type ExternalChannel, NotificationSettings, NotificationSettingsPatch, UnsubscribeBody, UnsubscribeQuery, UnsubscribeState, errorResponses,
} from '@linli/contracts'
import type { Database } from '../../db/database'
import { notFound } from '../../plugins/errors'
import { requireResident } from '../residents/resident-session.hook'
import { residentLanguage, setResidentLanguage } from './inbox.repository'
import { findByNotifyToken, findPreferences, savePreferences, topicsOf } from './settings.repository'

const settingsOf = async (db: Database, residentId: string): Promise<NotificationSettings> =>
  ({ language: await residentLanguage(db, residentId), ...(await findPreferences(db, residentId)) })

/** 138****5678: enough for a resident to know it is theirs, not enough to tell anyone else the number. */
const masked = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****')

/** What reaches a resident beyond the inbox, and the one-tap way out that every push and SMS carries. */
export const notificationSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['notifications']

  app.get(
    '/residents/me/notification-settings',
    { schema: { tags, summary: 'Your notification language, which topics reach you by push and SMS, reminders, and SMS quiet hours', response: { 200: NotificationSettings, ...errorResponses } } },
    async (request) => settingsOf(app.db, requireResident(request)),
  )

  app.patch(
    '/residents/me/notification-settings',
    { schema: { tags, summary: 'Change any of your notification settings; the rest stay as they are. Turning a channel off takes effect for messages still queued', body: NotificationSettingsPatch, response: { 200: NotificationSettings, ...errorResponses } } },
    async (request) => {
      const residentId = requireResident(request)
      const { language, ...change } = request.body
      await app.db.transaction().execute(async (trx) => {
        if (language) await setResidentLanguage(trx, residentId, language)
        if (Object.keys(change).length) await savePreferences(trx, residentId, { ...(await findPreferences(trx, residentId)), ...change }, app.clock())
      })
      return settingsOf(app.db, residentId)
    },
  )

  const stateOf = async (token: string, channel: ExternalChannel): Promise<UnsubscribeState> => {
    const resident = await findByNotifyToken(app.db, token)
    if (!resident) throw notFound('Unsubscribe link')
    return { channel, phone: masked(resident.phone), subscribed: topicsOf(await findPreferences(app.db, resident.id), channel).length > 0 }
  }

  // No sign-in: the link's token names the resident. Reading it changes nothing (mail scanners
  // open links); the phone page asks the resident to tap before the POST turns the channel off.
  app.get(
    '/notifications/unsubscribe',
    { schema: { tags, summary: 'What an unsubscribe link would turn off: the channel and the masked phone number', querystring: UnsubscribeQuery, response: { 200: UnsubscribeState, ...errorResponses } } },
    async (request) => stateOf(request.query.t, request.query.channel),
  )

  app.post(
    '/notifications/unsubscribe',
    { schema: { tags, summary: 'Turn push or SMS notifications off for the resident the link names, at once (messages still queued are not sent)', body: UnsubscribeBody, response: { 200: UnsubscribeState, ...errorResponses } } },
    async (request) => {
      const { t, channel } = request.body
      const resident = await findByNotifyToken(app.db, t)
      if (!resident) throw notFound('Unsubscribe link')
      const p = await findPreferences(app.db, resident.id)
      await savePreferences(app.db, resident.id, channel === 'sms' ? { ...p, smsTopics: [] } : { ...p, pushTopics: [] }, app.clock())
      return stateOf(t, channel)
    },
  )
}
