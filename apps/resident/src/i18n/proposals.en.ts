import type zh from './proposals.zh-CN'

/** Proposing an activity to a center, and My proposals. */
const en: typeof zh = {
  propose: 'Propose an activity',
  mine: 'My proposals',
  form: {
    title: 'Propose an activity', intro: 'Would you like to hold an activity at the center? Write it down; staff will read it and reply. Nobody else sees it until it is accepted and published.',
    name: 'Activity name', namePlaceholder: 'e.g. Calligraphy afternoon', description: 'What it is (optional)', descriptionPlaceholder: 'What, how, and what it needs',
    audiences: 'Who it is for (one or more)', dates: 'Preferred dates (1 to 3)', date: 'Date {n}', room: 'Preferred room (optional)', noRoom: 'No preference',
    people: 'Expected people', organisation: 'Organisation (when proposing for one)', submit: 'Send proposal', sending: 'Sending…',
    needTitle: 'Give the activity a name', titleTooLong: 'At most 80 characters', descriptionTooLong: 'At most 2000 characters', needAudience: 'Choose at least one group',
    needDate: 'Choose at least one date', badDate: 'Not a date', datePast: 'Dates must be after today', sameDate: 'Choose each date only once',
    needPeople: 'Give the expected number of people (1 to 10000)', organisationTooLong: 'At most 80 characters',
    done: 'Sent. We will tell you when the center replies.', toMine: 'See my proposals',
  },
  list: {
    title: 'My proposals', empty: 'You have not proposed anything yet. Tap “Propose an activity” on a center’s activities page.', loadFailed: 'Your proposals could not be read',
    states: { submitted: 'Waiting for the center', question_asked: 'The center has a question', accepted: 'Accepted', declined: 'Not accepted', withdrawn: 'Withdrawn' },
    dates: 'Preferred dates', people: 'About {n} people', question: "The center's question", yourAnswer: 'Your answer', reason: 'Why not',
    accepted: 'The center accepted it and is arranging it; once published you will see it under activities.',
    answer: 'Answer', answerPlaceholder: 'Write your answer', sendAnswer: 'Send answer', needAnswer: 'Write an answer first', answered: 'Answer sent',
    withdraw: 'Withdraw', withdrawTitle: 'Withdraw this proposal?', withdrawHint: 'The center stops looking at it.', withdrawConfirm: 'Withdraw', keep: 'Keep it', withdrawn: 'Withdrawn',
  },
}

export default en
