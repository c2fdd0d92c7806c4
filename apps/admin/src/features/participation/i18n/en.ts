import type participationZh from './zh-CN'
import type { participationErrorsZh } from './zh-CN'

/** English texts of sign-up lists, target groups and participation rules. */
const participationEn: typeof participationZh = {
  roster: {
    title: 'Sign-ups and check-in', open: 'Sign-ups & check-in', back: 'Back to calendar', capacity: 'Seats', unlimited: 'Unlimited', seatsTaken: 'Taken',
    seatsLeft: '{n} left', full: 'Full', waitlisted: 'Waiting', attendance: 'Attendance', attendanceParts: '{registered} signed up · {unlisted} other residents · {walkIns} walk-ins',
    tabs: { confirmed: 'Signed up', waitlisted: 'Waitlist', offered: 'Offered', cancelled: 'Cancelled' },
    name: 'Name', phone: 'Phone', signedUpAt: 'Signed up', source: 'Source', sources: { resident: 'Self', staff: 'By staff' }, actedBy: 'By {name} (family)',
    position: 'Place', expiresIn: 'Confirm by', expiresLeft: '{h} h {m} min left', expiresLeftMinutes: '{m} min left', expiredNow: 'Expired, passing on shortly',
    status: 'Status', statuses: { confirmed: 'Signed up', waitlisted: 'Waiting', offered: 'Offered', cancelled: 'Cancelled', expired: 'Offer expired' },
    lateCancel: 'Late', checkIn: 'Check-in', checkInOpensAt: 'Check-in is not open yet: it opens at {time} ({n} minutes before the start).', checkedIn: 'Checked in', checkedInAt: 'In at {time}', notCheckedIn: 'Not in', byQr: 'QR', byStaff: 'Staff',
    untick: 'Undo check-in', untickConfirm: 'Undo the check-in of {name}?', untickTitle: 'Undo check-in', ticked: '{name} checked in', unticked: 'Check-in of {name} undone',
    cancel: 'Cancel sign-up', cancelTitle: 'Cancel sign-up', keep: 'Keep',
    cancelConfirm: 'Cancel the sign-up of {name}?', cancelPromotes: 'The first on the waitlist ({next}) will be offered the seat and has {hold} to confirm.',
    cancelNoQueue: 'A seat will become free.', cancelQueueOnly: 'This is a waitlist place; nobody else is affected.', cancelled: 'Sign-up of {name} cancelled',
    add: 'Add resident', addTitle: 'Sign up a resident', addPhone: 'Resident phone', addHint: 'The resident needs an account with this phone; when full they join the waitlist.',
    addPlaceholder: '11-digit mobile', needPhone: 'Enter an 11-digit mobile number', added: '{name}: {status}', addWhole: 'Also sign up for every later date of this series',
    walkIns: 'Walk-ins', walkInsHint: 'People without an account, counted by head', addWalkIns: 'Add', walkInsAdded: '{n} added', undoWalkIn: 'Undo last ({n})',
    undoWalkInConfirm: 'Take back the last {n} walk-ins?', walkInsUndone: '{n} taken back', walkInsRange: '1 to 10000 at a time',
    unlisted: 'Checked in without signing up', link: 'Check-in QR code', linkHint: 'Print it for the door or show it on a screen; residents scan it with their phone (sign-in needed).', copy: 'Copy link', copied: 'Link copied',
    print: 'Print', printTitle: 'Check in: {title}', printScan: 'Scan with your phone to check in',
    empty: { confirmed: 'Nobody has signed up yet', waitlisted: 'Nobody is waiting', offered: 'No open offers', cancelled: 'No cancellations' },
    notFound: 'This activity date was not found; it may have been deleted or moved.', readOnly: 'Read-only: you cannot manage sign-ups of this center',
    cancelledOccurrence: 'This date is cancelled', hoursN: '{n} h', minutesN: '{n} min', refresh: 'Refresh', autoRefresh: 'Refreshes every 30 s',
  },
  groups: {
    title: 'Target groups', hint: 'For participation rates, e.g. party members, seniors, parents of the after-school class.', center: 'Center', pickCenter: 'Choose a center',
    new: 'New group', newTitle: 'New target group', editTitle: 'Rename group', name: 'Name', description: 'Description', members: 'Members', memberCount: '{n}',
    rename: 'Rename', deleteConfirm: 'Delete the group “{name}”? Its member list goes too (resident accounts stay).', created: 'Created “{name}”',
    needName: 'Enter a name', nameTooLong: 'At most 40 characters', descriptionTooLong: 'At most 500 characters',
    empty: 'No target groups yet. Click “New group”.', pick: 'Choose a group on the left to see its members', noCenter: 'No center to manage.',
    addMembers: 'Add members', addTitle: 'Add members to “{name}”', phones: 'Phones', phonesHint: 'One phone number per line; paste straight from a spreadsheet.',
    phonesPlaceholder: '13800138000\n13900139000', parsed: '{n} numbers recognised', invalidLines: '{n} lines are not phone numbers: {lines}', duplicates: '{n} duplicates ignored',
    needPhones: 'Enter at least one valid phone number', tooMany: 'At most 1000 at a time', added: 'Added; {n} members now', addedN: 'Added the residents of {n} numbers',
    noAccount: 'These {n} numbers have no resident account and were not added:', noAccountHint: 'Ask them to sign up on their phone first.', allFound: 'All numbers are members',
    memberName: 'Name', memberPhone: 'Phone', joinedAt: 'Joined', remove: 'Remove', removeConfirm: 'Remove {name} from “{group}”?',
    removed: '{name} removed', noMembers: 'This group has no members yet', search: 'Search name or phone',
    audience: 'Stands for', audienceNone: 'No audience', audienceHint: 'The district report counts the participation rate of an audience (e.g. seniors) through the groups that stand for it.', audienceSaved: 'Audience of “{name}” updated',
  },
  participationRules: {
    title: 'Participation rules', hint: 'Waitlist, check-in times and volunteer points for every activity of this center; reminders cover room bookings too.',
    readOnly: 'Only the center manager or a district administrator can change these rules.', saved: 'Participation rules saved', nothingChanged: 'Nothing changed', reset: 'Reset',
    groups: { signup: 'Sign-up and waitlist', checkIn: 'Check-in', volunteer: 'Volunteer points', stars: 'Star levels', kiosk: 'Lobby screen', reminders: 'Reminders to residents', noShows: 'No-show rule' },
    units: { minutes: 'min', points: 'pts/h', times: 'times', days: 'days' },
    fields: {
      offerHoldMinutes: { label: 'Offer hold', help: 'When someone cancels, the first waiting resident has this long to confirm before the next is offered' },
      signupClosesMinutes: { label: 'Sign-up closes', help: 'How long before the start sign-ups close (0: until the start)' },
      lateCancelMinutes: { label: 'Late cancel', help: 'Cancelling later than this before the start counts as late' },
      checkInOpensMinutes: { label: 'Check-in opens', help: 'How long before the start residents can check in' },
      checkInClosesMinutes: { label: 'Check-in closes', help: 'How long after the end check-in stays open' },
      pointsPerHour: { label: 'Points per hour', help: 'Volunteer points per hour of service (fixed when recorded)' },
    },
    thresholds: {
      label: 'Points per star', help: 'Points needed for stars 1 to 10, ascending; leave the last ones blank for fewer stars.', star: '{n}★',
      first: 'Enter the points for one star', gap: 'No blanks in between: fill it in or clear the stars after it',
      range: 'A whole number from 1 to 10000000', ascending: 'Must be above the previous star',
    },
    kioskLeaderboard: { label: 'Volunteer leaderboard on screens', help: 'Shows only the aliases of volunteers who agreed, never names or phones' },
    reminders: {
      dayBefore: { label: 'Day before', help: 'Residents are reminded of a booking at this time the day before (the center’s local time); off sends none' },
      lead: { label: 'Before the start', help: 'How long before a booking or an activity they signed up for residents are reminded; off sends none' },
      at: 'Reminder time', minutes: 'Minutes before', off: 'No reminder',
    },
    noShows: {
      rule: { label: 'Suspend after no-shows', help: 'A booking or sign-up neither cancelled nor checked in counts as a no-show; reaching the number within the days suspends the resident’s new bookings and sign-ups at this center. Staff can lift it early in the list below.' },
      noShowLimit: 'No-shows', noShowWindowDays: 'Within (days)', suspensionDays: 'Suspend for', off: 'Off',
      summary: '{n} no-shows within {d} days suspend bookings and sign-ups for {s} days',
    },
  },
  participation: {
    title: 'Participation', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    tabs: { groups: 'Target groups', rules: 'Rules', suspensions: 'No-show suspensions' },
  },
  suspensions: {
    title: 'Suspended after no-shows', hint: 'Residents whose new bookings and sign-ups the no-show rule (under Rules) has suspended; they can still cancel and check in to what they have.',
    onlyActive: 'In force only', empty: 'Nobody is suspended', resident: 'Resident', reason: 'Reason', because: '{n} no-shows within {d} days',
    from: 'From', until: 'Until', state: 'State', active: 'Suspended', over: 'Ended', liftedBy: 'Lifted {at} by {name}',
    lift: 'Lift', liftConfirm: '{name} will be able to book and sign up here again at once. Lift the suspension?', lifted: 'Suspension of {name} lifted',
  },
}

export const participationErrorsEn: typeof participationErrorsZh = {
  activity_full: 'No seats left; sign up for the waitlist instead',
  already_registered: 'This resident is already signed up',
  signup_closed: 'Sign-ups have closed',
  occurrence_cancelled: 'This date is cancelled',
  offer_expired: 'The held seat was not confirmed in time and went to the next person',
  not_offered: 'No seat has been offered to this resident yet',
  unknown_resident: 'No resident account has this phone number; the resident signs up on their phone first',
  unknown_residents: 'Some numbers have no resident account; nobody was added ({detail})',
  already_checked_in: 'This resident has already checked in',
  one_resident: 'Give one resident only',
}

export default participationEn
