import type zh from './family.zh-CN'

const en: typeof zh = {
  title: 'Family',
  intro: 'Link family members to book rooms, sign up for activities, cancel and check in for them. Booking limits and no-show rules count for the family member themselves.',
  loadFailed: 'Your family links could not be loaded',
  members: {
    title: 'Family I act for',
    empty: 'You have not linked any family members yet.',
    limit: 'You can act for up to {n} family members.',
  },
  proxies: {
    title: 'People who act for me',
    empty: 'Nobody acts for you at the moment.',
    hint: 'They can book, sign up, cancel and check in for you. If that is no longer wanted, tap "Remove".',
  },
  byStaff: 'Linked at the service desk',
  since: 'since {date}',
  unlinkOne: 'Remove the link with {name}',
  add: {
    title: 'Add a family member',
    phone: "Family member's mobile number",
    phoneHint: 'They will get a text message with a code: ask them to tell you the code. You can also come to the service desk together.',
    submit: 'Link family member',
    working: 'Linking…',
    done: '{name} is linked: you can now book and sign up for them.',
  },
  unlink: {
    title: 'Remove link',
    member: 'Afterwards you can no longer book, sign up, cancel or check in for {name}. What is already booked stays.',
    proxy: 'Afterwards {name} can no longer book, sign up, cancel or check in for you. What is already booked stays.',
    confirm: 'Remove',
    keep: 'Keep',
    working: 'Removing…',
    done: 'The link with {name} is removed.',
  },
  picker: {
    book: 'Book for',
    signup: 'Sign up for',
    view: 'Show records of',
    checkIn: 'Check in',
    myself: 'Myself ({name})',
    note: {
      book: 'This booking is in the name of {name} and counts towards their limit.',
      signup: 'This sign-up is in the name of {name}.',
      view: 'These are the records of {name}; you can cancel or check in for them.',
      checkIn: 'Checking in {name}, who is here with you.',
    },
  },
  forMember: 'For {name}: {text}',
  memberErrors: {
    resident_suspended: '{name} cannot book or sign up at this center for now after repeated no-shows; this ends by itself. What they already have can still be cancelled or checked in.',
    weekly_quota_reached: '{name} has reached the weekly limit of bookings at this center ({quota} a week).',
    too_many_upcoming: '{name} already has {upcoming} upcoming bookings; use or cancel one first.',
    already_registered: '{name} is already signed up for this activity.',
  },
  actedBy: 'By {name} for them',
  bookedFor: 'For {name}',
}

export default en
