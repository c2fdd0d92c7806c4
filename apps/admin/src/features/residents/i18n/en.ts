import type residentsZh from './zh-CN'
import type { residentErrorsZh } from './zh-CN'

/** English texts of the service desk's resident list. */
const residentsEn: typeof residentsZh = {
  residents: {
    title: 'Residents', nav: 'Residents', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    search: 'Search by name or last digits of the phone number', searchPlaceholder: 'Name or last 4 digits',
    register: 'Register resident', registered: '{name} is registered; you can make a sign-in QR code for them',
    name: 'Name', phone: 'Phone', household: 'Address / household', language: 'Language', source: 'Known by', registeredAt: 'Registered',
    viaDesk: 'Service desk', viaVisits: 'Bookings or sign-ups', languages: { 'zh-CN': '中文', en: 'English' },
    empty: 'No residents yet. Residents registered at the desk, and those who booked or signed up here, are listed here.',
    noMatch: 'Nobody matches “{q}”. Only residents registered, booking or signing up at this center are listed.',
    more: 'Showing the first {n}; type more to narrow it down.',
    loadFailed: 'Could not load the residents: {message}',
    privacy: 'Only the first 3 and last 4 digits of a number are shown; ask the resident to confirm the last 4.',
    nameRequired: 'Enter the name', phoneRequired: 'Enter the phone number', phoneRule: 'Enter an 11-digit mobile number starting with 1',
    tooLong: '{field} must be at most {max} characters', householdPlaceholder: 'e.g. Building 3, Unit 2, Room 501 (optional)',
    noPassword: 'No password is needed: the resident signs in with an SMS code, or with a sign-in QR code from the desk.',
    findExisting: 'Find in the list',
    signInQr: 'Sign-in QR', qrTitle: 'Sign-in QR code for {name}', qrAlt: 'Sign-in QR code for {name}',
    qrHint: 'Ask the resident to scan it with their phone camera: that phone is then signed in as {name}.',
    qrValidity: 'Valid for 10 minutes, one use only', qrExpiresAt: 'Valid until {time}', qrExpired: 'This QR code has expired; make a new one.',
    qrAgain: 'Make a new one', qrAgainHint: 'A new code stops the previous one from working.', print: 'Print', qrFailed: 'Could not make a sign-in QR code: {message}',
    family: {
      action: 'Family proxies', title: 'Family proxies of {name}', listLabel: 'Family proxy links',
      hint: 'A proxy can book rooms, sign up, cancel and check in for a family member; quotas and no-shows count against the member. The desk ends only links this center made.',
      relation: 'Relation', actsFor: 'Acts for {other}', actedForBy: '{other} acts for them', how: 'Linked by', since: 'Since',
      by: { sms_code: 'SMS code', staff: 'Service desk' }, empty: 'No family proxy links yet.', residentsOwn: 'Residents end it',
      unlink: 'Unlink', unlinkActsFor: '{name} will no longer act for {other}. Unlink them?', unlinkActedForBy: '{other} will no longer act for {name}. Unlink them?',
      unlinked: 'Unlinked', linked: 'Linked', add: 'Link a family member', direction: 'Who acts for whom', actsForOther: 'This resident acts for the other', otherActsFor: 'The other acts for this resident',
      other: 'Other resident (search this center’s list)', noCandidates: 'Nobody to pick: only residents on this center’s list can be linked',
      full: 'This side already has {n} links, the limit; unlink one first', link: 'Link', loadFailed: 'Could not load the family proxies: {message}',
    },
  },
}

export const residentErrorsEn: typeof residentErrorsZh = {
  resident_known: 'This number is already registered with this center; find the resident in the list',
  phone_registered_elsewhere: 'This number already has an account but has not been used at this center: the resident can sign in with their number and an SMS code; once they book or sign up here, they appear in the list',
  sign_in_link_used: 'This sign-in QR code has been used already; ask the service desk for a new one',
  sign_in_link_expired: 'This sign-in QR code has expired (they last 10 minutes); ask the service desk for a new one',
  sign_in_link_replaced: 'The service desk made a newer sign-in QR code; scan that one',
  sign_in_link_invalid: 'This sign-in QR code is not valid; ask the service desk for a new one',
}

export default residentsEn
