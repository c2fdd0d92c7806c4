import type { NotificationKind, NotificationLanguage, NotificationParams } from '@linli/contracts'

type Words = (p: (name: string) => string) => { title: string; body: string }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A wall-clock time as the resident reads it, taken from the instant's own offset (the center's),
 * so no time-zone arithmetic can shift it: '2026-11-23T09:00:00+08:00' → '11月23日 09:00' / '23 Nov 09:00'.
 */
export function when(offsetTime: string | null | undefined, lang: NotificationLanguage): string {
  const m = offsetTime && /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(offsetTime)
  if (!m) return ''
  const [, month, day, time] = m
  return lang === 'zh-CN' ? `${Number(month)}月${Number(day)}日 ${time}` : `${Number(day)} ${MONTHS[Number(month) - 1]} ${time}`
}

/** The end of a span: only its time when it ends on the day it starts. */
const until = (start: string | null | undefined, end: string | null | undefined, lang: NotificationLanguage) =>
  start?.slice(0, 10) === end?.slice(0, 10) ? (end?.slice(11, 16) ?? '') : when(end, lang)

const zh: Record<NotificationKind, Words> = {
  seat_offered: (p) => ({
    title: '候补到位：请确认名额',
    body: `「${p('activityTitle')}」（${p('startsAt')}）有空位为您保留到 ${p('holdUntil')}，请在此之前确认，逾期将顺延给下一位。`,
  }),
  offer_lapsed: (p) => ({
    title: '保留的名额已过期',
    body: `「${p('activityTitle')}」（${p('startsAt')}）为您保留的名额未在期限内确认，已顺延给下一位。`,
  }),
  booking_approved: (p) => ({ title: '预约已通过', body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约已通过审核。` }),
  booking_rejected: (p) => ({ title: '预约未通过', body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约未通过审核：${p('reason')}` }),
  booking_cancelled: (p) => ({
    title: '预约已被工作人员取消',
    body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约已被中心工作人员取消${p('reason') ? `：${p('reason')}` : '。'}`,
  }),
  booking_moved: (p) => ({
    title: '预约已改到其他房间',
    body: `因${p('reason') || '闭馆'}，您 ${p('startsAt')}–${p('endsAt')} 的预约已由中心工作人员改到${p('roomName')}，时间不变。`,
  }),
  booking_expired: (p) => ({ title: '预约申请已失效', body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约申请在开始前未获审核，已自动失效。` }),
  booking_no_show: (p) => ({ title: '预约已释放（未签到）', body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约超时未签到，房间已释放。` }),
  activity_date_cancelled: (p) => ({ title: '活动取消通知', body: `您报名的「${p('activityTitle')}」（${p('startsAt')}）已取消。` }),
  booking_received: (p) => ({ title: '预约已提交，等待审核', body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约已收到，审核结果会通知您。` }),
  booking_reminder: (p) => ({
    title: p('lead') === 'hour_before' ? '预约即将开始' : '明天的预约提醒',
    body: `您预约的 ${p('roomName')} 将于 ${p('startsAt')}–${p('endsAt')} 使用，请按时到场签到。`,
  }),
  signup_confirmed: (p) => ({ title: '报名成功', body: `您已报名「${p('activityTitle')}」（${p('startsAt')}），请按时参加。` }),
  offer_lapsing: (p) => ({
    title: '保留的名额即将过期',
    body: `「${p('activityTitle')}」（${p('startsAt')}）为您保留的名额将于 ${p('holdUntil')} 过期，请尽快确认。`,
  }),
  activity_date_moved: (p) => ({
    title: '活动时间变更',
    body: `您报名的「${p('activityTitle')}」由 ${p('previousStartsAt')} 改到 ${p('startsAt')}。`,
  }),
  activity_reminder: (p) => ({ title: '活动即将开始', body: `您报名的「${p('activityTitle')}」将于 ${p('startsAt')} 开始，请按时参加。` }),
  check_in_open: (p) => ({ title: '可以签到了', body: `「${p('activityTitle')}」（${p('startsAt')}）已开放签到，到场后请出示签到码或扫码签到。` }),
  center_emergency: (p) => ({ title: `${p('centerName')}临时闭馆`, body: `${p('centerName')}因突发情况今日暂停开放，您今天在此的预约或活动受影响：${p('message')}` }),
  proposal_question: (p) => ({ title: '您的活动提议有一个问题', body: `关于您提议的「${p('activityTitle')}」，工作人员想问：${p('message')} 请在「我的提议」中回复。` }),
  proposal_accepted: (p) => ({ title: '活动提议已采纳', body: `您提议的「${p('activityTitle')}」已被采纳，工作人员正在安排，确定后会发布。` }),
  proposal_declined: (p) => ({ title: '活动提议未被采纳', body: `您提议的「${p('activityTitle')}」未被采纳：${p('reason')}` }),
  booking_step_approved: (p) => ({
    title: '预约已通过初审，等待上级审批',
    body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约已通过第 ${p('passedStep')} 步审核，现由${p('approverName')}审批，最迟 ${p('dueAt')} 答复。`,
  }),
  booking_escalated: (p) => ({
    title: '预约申请已上报',
    body: `${p('roomName')} ${p('startsAt')}–${p('endsAt')} 的预约未在期限内审核，已上报${p('approverName')}，最迟 ${p('dueAt')} 答复。`,
  }),
}

const en: Record<NotificationKind, Words> = {
  seat_offered: (p) => ({
    title: 'A seat is free for you: please confirm',
    body: `A seat at “${p('activityTitle')}” (${p('startsAt')}) is held for you until ${p('holdUntil')}. Confirm it before then, or it goes to the next person.`,
  }),
  offer_lapsed: (p) => ({
    title: 'Your held seat has lapsed',
    body: `The seat held for you at “${p('activityTitle')}” (${p('startsAt')}) was not confirmed in time and went to the next person.`,
  }),
  booking_approved: (p) => ({ title: 'Booking approved', body: `Your booking of ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} is approved.` }),
  booking_rejected: (p) => ({ title: 'Booking not approved', body: `Your booking of ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} was not approved: ${p('reason')}` }),
  booking_cancelled: (p) => ({
    title: 'Booking cancelled by staff',
    body: `Staff cancelled your booking of ${p('roomName')} on ${p('startsAt')}–${p('endsAt')}${p('reason') ? `: ${p('reason')}` : '.'}`,
  }),
  booking_moved: (p) => ({
    title: 'Booking moved to another room',
    body: `Staff moved your booking on ${p('startsAt')}–${p('endsAt')} to ${p('roomName')}, same time${p('reason') ? `: ${p('reason')}` : '.'}`,
  }),
  booking_expired: (p) => ({ title: 'Booking request expired', body: `Your request for ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} was not decided before its start and has expired.` }),
  booking_no_show: (p) => ({ title: 'Booking released: no check-in', body: `Nobody checked in for your booking of ${p('roomName')} on ${p('startsAt')}–${p('endsAt')}, so the room was released.` }),
  activity_date_cancelled: (p) => ({ title: 'Activity cancelled', body: `“${p('activityTitle')}” on ${p('startsAt')}, which you signed up for, is cancelled.` }),
  booking_received: (p) => ({ title: 'Booking received: awaiting approval', body: `Your request for ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} is received; we will tell you the decision.` }),
  booking_reminder: (p) => ({
    title: p('lead') === 'hour_before' ? 'Your booking starts soon' : 'Your booking is tomorrow',
    body: `You have ${p('roomName')} booked on ${p('startsAt')}–${p('endsAt')}. Please arrive on time and check in.`,
  }),
  signup_confirmed: (p) => ({ title: 'You are signed up', body: `You are signed up for “${p('activityTitle')}” on ${p('startsAt')}.` }),
  offer_lapsing: (p) => ({
    title: 'Your held seat lapses soon',
    body: `The seat held for you at “${p('activityTitle')}” (${p('startsAt')}) lapses at ${p('holdUntil')}. Please confirm it soon.`,
  }),
  activity_date_moved: (p) => ({
    title: 'Activity moved',
    body: `“${p('activityTitle')}”, which you signed up for, moved from ${p('previousStartsAt')} to ${p('startsAt')}.`,
  }),
  activity_reminder: (p) => ({ title: 'Your activity starts soon', body: `“${p('activityTitle')}”, which you signed up for, starts at ${p('startsAt')}.` }),
  check_in_open: (p) => ({ title: 'Check-in is open', body: `Check-in for “${p('activityTitle')}” (${p('startsAt')}) is open. Show your code or scan at the door.` }),
  center_emergency: (p) => ({ title: `${p('centerName')} is closed today`, body: `${p('centerName')} is closed today at short notice, which affects your booking or activity there: ${p('message')}` }),
  proposal_question: (p) => ({ title: 'A question about your proposal', body: `About “${p('activityTitle')}”, which you proposed, staff ask: ${p('message')} Please reply under My proposals.` }),
  proposal_accepted: (p) => ({ title: 'Your proposal is accepted', body: `“${p('activityTitle')}”, which you proposed, is accepted; staff are arranging it and will publish it once it is set.` }),
  proposal_declined: (p) => ({ title: 'Your proposal was not accepted', body: `“${p('activityTitle')}”, which you proposed, was not accepted: ${p('reason')}` }),
  booking_step_approved: (p) => ({
    title: 'Booking passed its first check: awaiting the next approval',
    body: `Your request for ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} passed step ${p('passedStep')}; it now waits for ${p('approverName')}, who answers by ${p('dueAt')}.`,
  }),
  booking_escalated: (p) => ({
    title: 'Booking request passed up',
    body: `Your request for ${p('roomName')} on ${p('startsAt')}–${p('endsAt')} was not decided in time and now waits for ${p('approverName')}, who answers by ${p('dueAt')}.`,
  }),
}

const TIMES = new Set(['startsAt', 'holdUntil', 'previousStartsAt', 'dueAt'])

/** The title and body of a notification in one language, from its kind and parameters. */
export function render(kind: NotificationKind, params: NotificationParams, lang: NotificationLanguage) {
  const p = (name: string) => {
    if (TIMES.has(name)) return when(params[name], lang)
    if (name === 'endsAt') return until(params.startsAt, params.endsAt, lang)
    return params[name] ?? ''
  }
  return (lang === 'en' ? en : zh)[kind](p)
}
