import type { NotificationKind } from '@linli/contracts'
import { absoluteUrl } from '../links'
import { render, when } from '../texts'
import type { SmsMessage } from './message'

/*
 * China's SMS providers send only approved templates: a template id and the values of its
 * variables. Each kind has a fixed list of short variables, in the order a Tencent template numbers
 * them ({1}, {2}, ...); an Alibaba template names them (${activity}). `link` and `unsub` follow
 * when the server has a public address (LINLI_PUBLIC_URL), so register templates with or without
 * them to match. Templates are approved in Chinese, so values are written the Chinese way whatever
 * the resident's language.
 */

type Variable = 'activity' | 'room' | 'center' | 'time' | 'hold' | 'from' | 'reason' | 'message'

export const TEMPLATE_VARIABLES: Record<NotificationKind, Variable[]> = {
  seat_offered: ['activity', 'time', 'hold'],
  offer_lapsing: ['activity', 'time', 'hold'],
  offer_lapsed: ['activity', 'time'],
  signup_confirmed: ['activity', 'time'],
  activity_date_cancelled: ['activity', 'time'],
  activity_date_moved: ['activity', 'from', 'time'],
  activity_reminder: ['activity', 'time'],
  check_in_open: ['activity', 'time'],
  booking_received: ['room', 'time'],
  booking_approved: ['room', 'time'],
  booking_rejected: ['room', 'time', 'reason'],
  booking_cancelled: ['room', 'time', 'reason'],
  booking_moved: ['room', 'time', 'reason'],
  booking_expired: ['room', 'time'],
  booking_no_show: ['room', 'time'],
  booking_reminder: ['room', 'time'],
  center_emergency: ['center', 'message'],
  proposal_question: ['activity', 'message'],
  proposal_accepted: ['activity'],
  proposal_declined: ['activity', 'reason'],
  booking_step_approved: ['room', 'time'],
  booking_escalated: ['room', 'time'],
}

/**
 * Providers refuse a value over the template's limit (Alibaba: 35 characters for most variables of
 * a notice), and a long name makes a long, split message: names are cut at 20, free text at 35.
 */
const NAME_MAX = 20
const TEXT_MAX = 35

/** Cut to at most `max` characters (not UTF-16 units: a 生僻字 outside the BMP counts once), marking the cut. */
export function clip(value: string | null | undefined, max: number) {
  const chars = Array.from((value ?? '').trim())
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('')
}

/** '11月23日 09:00-10:00'; the end's date only when it ends on another day. */
function span(start: string | null | undefined, end: string | null | undefined) {
  if (!end) return when(start, 'zh-CN')
  const sameDay = start?.slice(0, 10) === end.slice(0, 10)
  return `${when(start, 'zh-CN')}-${sameDay ? end.slice(11, 16) : when(end, 'zh-CN')}`
}

function valueOf(variable: Variable, m: SmsMessage): string {
  const p = m.params
  switch (variable) {
    case 'activity': return clip(p.activityTitle, NAME_MAX)
    case 'room': return clip(p.roomName, NAME_MAX)
    case 'center': return clip(p.centerName, NAME_MAX)
    case 'time': return m.kind.startsWith('booking_') ? span(p.startsAt, p.endsAt) : when(p.startsAt, 'zh-CN')
    case 'hold': return when(p.holdUntil, 'zh-CN')
    case 'from': return when(p.previousStartsAt, 'zh-CN')
    case 'reason': return clip(p.reason, TEXT_MAX)
    case 'message': return clip(p.message, TEXT_MAX)
  }
}

/** The template's variables and their values, in template order. Providers refuse an empty value, so a missing one reads "无". */
export function templateVariables(m: SmsMessage, publicUrl: string | undefined): [string, string][] {
  const vars: [string, string][] = TEMPLATE_VARIABLES[m.kind].map((v) => [v, valueOf(v, m) || '无'])
  const link = absoluteUrl(publicUrl, m.link)
  const unsub = absoluteUrl(publicUrl, m.unsubscribeLink)
  if (link && unsub) vars.push(['link', link], ['unsub', unsub])
  return vars
}

/** The message as a person would read it, for the log when no provider is set up. */
export function plainText(m: SmsMessage, publicUrl: string | undefined) {
  const { title, body } = render(m.kind, m.params, m.language)
  const zh = m.language === 'zh-CN'
  const link = absoluteUrl(publicUrl, m.link)
  const unsub = absoluteUrl(publicUrl, m.unsubscribeLink)
  return [`${title}${zh ? '：' : ': '}${body}`, link, unsub && `${zh ? '退订' : 'Unsubscribe'} ${unsub}`].filter(Boolean).join(' ')
}
