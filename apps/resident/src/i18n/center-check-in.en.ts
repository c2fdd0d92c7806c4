import type zhCN from './center-check-in.zh-CN'

const en: typeof zhCN = {
  title: 'Check in at the center',
  heading: 'Today at this center',
  hint: 'Choose the booking or activity to check in to and press "Check in".',
  booking: 'Room booking',
  activity: 'Activity',
  button: 'Check in',
  buttonFor: 'Check in: {title}',
  working: 'Checking in…',
  success: 'Checked in',
  successAt: 'Checked in at {time}',
  already: 'Checked in',
  alreadyAt: 'Checked in at {time}',
  opensAt: 'Check-in opens at {time}',
  closed: 'Check-in has closed',
  none: 'No booking of yours is open for check-in now. Try again a little later or ask the service desk.',
  empty: 'You have no booking or activity to check in to at this center today',
  emptyHint: 'After booking or signing up, scan the code here before it starts to check in.',
  bookings: 'My bookings',
  registrations: 'My sign-ups',
}
export default en
