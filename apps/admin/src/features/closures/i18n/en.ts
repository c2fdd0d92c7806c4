import type closuresZh from './zh-CN'

/** English texts of closures and national holidays, merged into src/i18n/en.ts. */
const closuresEn: typeof closuresZh = {
  closures: {
    nav: 'Closures', title: 'Closures', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    new: 'New closure', tag: 'Closed', tagReason: 'Closed: {reason}', empty: 'No upcoming closures', deleted: 'Closure removed; the time can be booked again',
    deleteConfirm: 'Delete "{reason}" ({when})? Bookings already cancelled stay cancelled.',
    list: { when: 'When', scope: 'Scope', reason: 'Reason (shown to residents)', wholeCenter: 'Whole center', allDay: 'all day' },
    holidays: {
      title: 'National holidays', follow: 'Follow national holidays',
      followHint: 'When on, the center is closed on statutory holidays, and make-up working days keep the hours of the weekday they replace.',
      on: 'Now following national holidays', off: 'No longer following national holidays',
      date: 'Date', name: 'Holiday', kind: 'Kind', holiday: 'Day off', makeup: 'Make-up working day', status: 'This center',
      closed: 'Closed', openAnyway: 'Open anyway', hoursOf: '{weekday} hours', keepOpen: 'Open anyway', closeAgain: 'Close again',
      empty: 'No national holiday data for the coming year',
      weekdays: { 1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday' },
    },
    form: {
      title: 'New closure', scope: 'Scope', wholeCenter: 'Whole center', room: 'Room', dates: 'Dates', startDate: 'First day', endDate: 'Last day',
      allDay: 'All day', startTime: 'From', endTime: 'Until', reason: 'Reason (shown to residents)', reasonPlaceholder: 'e.g. Closed: equipment maintenance',
      next: 'Next', back: 'Back to edit', save: 'Save', checking: 'Looking for affected bookings and activity dates…',
      noneAffected: 'No bookings or activity dates fall in this time; it takes effect when saved.',
      affected: '{bookings} bookings and {dates} activity dates fall in this time:',
      bookings: 'Bookings', activityDates: 'Activity dates', signedUp: '{n} signed up', decision: 'What should happen to them?',
      cancel: 'Cancel and notify', keep: 'Keep', move: 'Move',
      moveHint: 'Pick a new start for each activity date (same length and room) and another room at the same time for each booking. If any one cannot be, nothing is saved and the clashes are listed.',
      moveDateTo: 'Move {title} to', moveBookingTo: 'Move the booking of {room} at {time} to', pickRoom: 'Choose a room',
      moveIncomplete: 'Choose a time for each activity date and a room for each booking',
      savedMoved: 'Closure saved; {bookings} bookings and {dates} activity dates moved and residents notified',
      cancelHint: 'Cancel these bookings and activity dates and notify the residents concerned (the reason is the closure\'s).',
      keepHint: 'Keep them (e.g. the event is why the center is closed); the closure refuses only new bookings.',
      decisionRequired: 'Choose Cancel and notify, Move, or Keep',
      saved: 'Closure saved', savedCancelled: 'Closure saved; {bookings} bookings and {dates} activity dates cancelled and residents notified',
      problems: {
        datesRequired: 'Choose the first and last day', endBeforeStart: 'The last day cannot be before the first', inPast: 'The closure would already be over',
        timesRequired: 'Choose a start and an end time', endTimeBeforeStart: 'On one day the end must be after the start',
        reasonRequired: 'Give a reason; residents will see it', reasonTooLong: 'The reason is at most 100 characters',
      },
    },
  },
}

export default closuresEn
