import type todayZh from './zh-CN'

/** English texts of the Today page. */
const todayEn: typeof todayZh = {
  today: {
    title: 'Today', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to show.', updated: 'Updated {time} · refreshes every minute',
    now: 'Happening now', next: 'Later today', noNow: 'Nothing is happening right now', noNext: 'No more activities today',
    time: 'Time', activity: 'Activity', place: 'Place', signups: 'Signed up', waitlisted: 'Waitlist', attendance: 'Checked in', unlimited: 'no limit',
    seats: '{taken} / {capacity}', roster: 'Sign-ups & check-in', openRoster: 'Open sign-ups and check-in of “{title}”',
    bookings: 'Bookings to check in', noBookings: 'No bookings to check in today', booker: 'Booked by', room: 'Room', checkInOpens: 'Check-in',
    opensAt: 'opens {time}', openNow: 'open now', checkIn: 'Check in', allBookings: 'All bookings',
    requests: 'Open service requests', requestsOpen: '{n} open', noRequests: 'No open service requests', allRequests: 'Service requests', receivedAt: 'received {time}',
    occupancy: 'People in open rooms', occupancyFull: 'Full', occupancyNow: '{n} in / holds {capacity} · counted {time}',
    occupancyNone: 'Not counted today · holds {capacity}', occupancyLabel: 'People in {room}', occupancySave: 'Record',
    occupancySaved: '{room}: {n} people recorded',
    screens: 'Screens offline', noScreens: 'All screens are online', neverSeen: 'never online', lastSeen: 'last seen {time}', allScreens: 'Screens',
  },
}

export default todayEn
