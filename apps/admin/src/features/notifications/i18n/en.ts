import type notificationsZh from './zh-CN'

/** English texts of the notification log. */
const notificationsEn: typeof notificationsZh = {
  notifications: {
    title: 'Notification log', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to view.',
    kinds: {
      seat_offered: 'Seat offered', offer_lapsing: 'Offer about to lapse', offer_lapsed: 'Offer lapsed',
      booking_received: 'Booking received', booking_approved: 'Booking approved', booking_rejected: 'Booking rejected', booking_cancelled: 'Booking cancelled',
      booking_expired: 'Request expired', booking_no_show: 'No-show released', booking_reminder: 'Booking reminder',
      signup_confirmed: 'Sign-up confirmed', activity_date_cancelled: 'Activity cancelled', activity_date_moved: 'Activity moved', activity_reminder: 'Activity reminder',
      check_in_open: 'Check-in open', center_emergency: 'Emergency closure',
      proposal_question: 'Proposal question', proposal_accepted: 'Proposal accepted', proposal_declined: 'Proposal declined',
      booking_step_approved: 'Booking passed a step', booking_escalated: 'Booking passed up', booking_moved: 'Booking moved',
    },
    channels: { in_app: 'In-app', web_push: 'Push', sms: 'SMS' },
    statuses: { pending: 'Queued', sent: 'Sent', failed: 'Retrying', dead: 'Failed', skipped: 'Not sent' },
    columns: {
      time: 'Time', resident: 'Resident', kind: 'Kind', title: 'Title', channel: 'Channel', status: 'Status', attempts: 'Tries', readAt: 'Read',
    },
    filters: {
      resident: 'Resident', allResidents: 'All residents', residentHint: 'Residents seen in the list so far, or click a name in the table',
      kind: 'Kind', allKinds: 'All kinds', channel: 'Channel', allChannels: 'All channels', status: 'Status', allStatuses: 'All statuses',
      range: 'Dates', from: 'From', to: 'To', today: 'Today', lastWeek: 'Last 7 days', lastMonth: 'Last 30 days',
      rangeTooLong: 'At most 366 days at a time', clear: 'Clear filters', onlyResident: 'Only notifications to {name}',
    },
    nextAttempt: 'Next try {time}', reason: 'Reason: {reason}', unread: 'Unread', total: '{n} in all', empty: 'No notifications match',
    resend: 'Resend', resendTitle: 'Resend notification', resendConfirm: 'Send “{title}” to {name} again by {channel}? The tries are counted afresh.',
    resent: 'Queued to send again', notResendable: 'This notification was delivered or is still queued; the list has been refreshed',
    reasons: {
      gaveUp: 'Gave up after {n} tries: {reason}', not_configured: 'This channel is not set up on this server', opted_out: 'The resident turned this channel off',
      daily_cap: 'Daily sending limit reached', deactivated: 'The resident’s account is deactivated', quiet_hours: 'During quiet hours', no_subscription: 'The resident has not turned on push', no_template: 'No SMS template is set up for this kind',
    },
    health: {
      title: 'Sending (whole system)', channels: 'Channels', on: 'on', not_configured: 'not set up', backlog: '{n} waiting',
      oldest: ', the oldest for {age}', noBacklog: 'nothing waiting', dead: '{n} failed', unavailable: 'Sending status cannot be read right now',
      age: { seconds: '{n} s', minutes: '{n} min', hours: '{n} h', days: '{n} d' },
    },
  },
}

export default notificationsEn
