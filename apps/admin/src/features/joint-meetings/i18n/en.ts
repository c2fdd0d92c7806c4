/** English texts of 联席会议 (joint meetings with the co-building units), merged into src/i18n/en.ts. */
const jointMeetingsEn = {
  jointMeetings: {
    nav: 'Joint meetings', title: 'Joint meetings', create: 'New meeting', refresh: 'Refresh', retry: 'Retry', noScope: 'Your account has no center or region, so there are no joint meetings to show.',
    list: {
      time: 'Date and time', title: 'Meeting', owner: 'Held by', attendees: 'Units attending', problems: 'Problems raised', solved: 'Solved', actions: 'Actions',
      open: 'Details', edit: 'Edit', delete: 'Delete', empty: 'No joint meetings yet; choose “New meeting” to record the first one',
    },
    form: {
      newTitle: 'New joint meeting', editTitle: 'Edit joint meeting', owner: 'Held by', title: 'Title', time: 'Date and time', location: 'Place', units: 'Units attending',
      unitsPlaceholder: 'Choose the co-building units that attended', noUnits: 'No co-building units to choose yet; register them under “Co-building units” first', minutes: 'Minutes',
      ownerRequired: 'Choose the center or region holding the meeting', titleRequired: 'Enter the title', titleTooLong: 'The title may be at most 80 characters', timeRequired: 'Choose the date and time',
      unchanged: 'Nothing was changed', saved: 'Saved “{name}”',
    },
    detail: {
      time: 'Time', location: 'Place', owner: 'Held by', attendees: 'Units attending', noAttendees: 'No attending units recorded', minutes: 'Minutes', noMinutes: 'No minutes yet',
      problems: 'Problems raised', noProblems: 'No problems recorded yet', addProblem: 'Record problem', problemPlaceholder: 'A problem raised at the meeting (up to 500 characters)',
      problemRequired: 'Describe the problem', problemAdded: 'Problem recorded', edit: 'Edit meeting', delete: 'Delete meeting', loadFailed: 'The meeting could not be loaded',
    },
    problem: {
      description: 'Problem', status: 'Status', assignee: 'Assigned to', owner: 'Person in charge', resolution: 'Resolution', actions: 'Actions',
      assign: 'Assign', reassign: 'Reassign', solve: 'Mark solved', solvedOn: 'Solved on {date}',
    },
    statuses: { raised: 'Raised', assigned: 'Assigned', solved: 'Solved' },
    assign: {
      title: 'Assign problem', to: 'Assign to', unit: 'Co-building unit', center: 'Center', pickUnit: 'Choose a unit', pickCenter: 'Choose a center', owner: 'Person in charge (optional)',
      ownerPlaceholder: 'e.g. Manager Wang', assigneeRequired: 'Choose the unit or center to assign it to', done: 'Assigned to {name}',
    },
    solve: {
      title: 'Mark problem solved', resolution: 'How it was solved', solvedOn: 'Solved on', resolutionRequired: 'Describe how it was solved', dateRequired: 'Choose the day it was solved', done: 'Marked solved',
    },
    confirm: {
      delete: 'Delete the joint meeting “{name}”? Its attendance and the problems raised are deleted too; this cannot be undone.', deleteTitle: 'Delete joint meeting', ok: 'Delete', cancel: 'Cancel',
    },
    deleted: 'Deleted “{name}”',
    /** Refusals whose shared text (errors.*) speaks of another feature. */
    errors: {
      invalid_transition: 'The problem has moved on (someone may have handled it): a solved problem cannot be assigned, and an unassigned one cannot be marked solved. Refresh and try again',
      not_found: 'The meeting or problem has been deleted; refresh the list',
    },
  },
}

export default jointMeetingsEn
