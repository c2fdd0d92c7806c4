import type proposalsZh from './zh-CN'

/** English texts of residents' proposals. */
const proposalsEn: typeof proposalsZh = {
  proposals: {
    nav: 'Proposals', title: 'Resident proposals', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    badge: '{n} proposals waiting',
    states: { submitted: 'Waiting', question_asked: 'Question asked', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn' },
    filter: { label: 'State', all: 'All' },
    list: {
      created: 'Sent', title: 'Activity', proposer: 'Proposed by', dates: 'Preferred dates', people: 'People', state: 'State', open: 'Open',
      empty: 'No proposals match', emptySubmitted: 'No proposals are waiting',
    },
    detail: {
      title: 'Proposal', description: 'What it is', audiences: 'For', room: 'Preferred room', noRoom: 'None given', organisation: 'Organisation',
      question: "Staff's question", answer: "Resident's answer", noAnswer: 'No answer yet', reason: 'Reason declined', activity: 'Draft activity created', openCalendar: 'Open the calendar',
    },
    actions: {
      question: 'Ask', accept: 'Accept', decline: 'Decline', send: 'Send', cancel: 'Cancel', questionLabel: 'Question for the proposer', reasonLabel: 'Reason (the proposer is told)',
      asked: 'Question sent to the proposer', accepted: 'Accepted; a draft activity was created', declined: 'The proposer is told it is declined', needQuestion: 'Write the question',
      needReason: 'Give a reason', tooLong: 'At most 500 characters',
    },
    accept: {
      title: 'Accept as a draft activity', date: 'Date', starts: 'Starts', ends: 'Ends', category: 'Category', room: 'Room', location: 'Place (without a room)',
      submit: 'Accept', needDate: 'Choose a date', needTimes: 'Give the start and end times', endsBeforeStarts: 'The end must be after the start',
      needCategory: 'Choose a category', needPlace: 'Choose a room or give a place', hint: 'Accepting creates a draft activity organised by the proposer; residents and screens see nothing until it is published.',
    },
  },
}

export default proposalsEn
