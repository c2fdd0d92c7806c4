import type zhCN from './zh-CN'

const en: typeof zhCN = {
  pairing: {
    title: 'Pair this screen',
    codeLabel: 'Pairing code',
    instruction: 'Enter this code in the admin app under "Screens"',
    scan: 'Staff: scan to open the admin app',
    renews: 'A new code appears in {time}',
    connecting: 'Connecting to the server, please wait…',
  },
  starting: 'Reading this screen\'s settings…',
  lobby: {
    nowNext: 'Now / Next',
    today: 'Today',
    free: 'Free',
    inUse: 'In use',
    until: 'until {time}',
    next: 'Next {time}',
    dayOver: 'Nothing more today',
    nothingToday: 'No activities today',
    roomsFree: 'No room has anything on today',
    allDone: 'Today\'s activities are over',
    ongoing: 'On now',
    cancelled: 'Cancelled',
    bookQr: 'Scan to book a room',
    bookQrHint: 'See free times and book on your phone',
    page: 'Page {page}/{count}',
  },
  door: {
    inUse: 'In use',
    until: 'until {time}',
    free: 'Free',
    next: 'Next {time}',
    noNext: 'Nothing more today',
    today: 'Today',
    nothing: 'Nothing booked today',
    checkIn: 'Scan to check in',
    checkInHint: 'If you booked this room, scan when you arrive',
    noRoom: 'No room is set for this screen',
    noRoomHint: 'Choose a room for it in the admin app under "Screens".',
  },
  week: {
    title: 'The next seven days',
    today: 'Today',
    empty: 'No activities',
  },
  ticker: { label: 'Notice', important: 'Important', part: '{part}/{parts}', hours: 'Open today {hours}', closed: 'Closed today' },
  emergency: { label: 'Emergency', until: 'Until {time}' },
  identify: { label: 'Screen name' },
  offline: {
    since: 'Data from {time}, reconnecting…',
    sinceDay: 'Data from {day} {time}, reconnecting…',
    never: 'Connecting to the server…',
  },
  notFound: 'This service center was not found. Please check this screen in the admin app.',
}

export default en
