import type volunteersZh from './zh-CN'
import type { volunteerErrorsZh } from './zh-CN'

/** English texts of volunteer service. */
const volunteersEn: typeof volunteersZh = {
  volunteers: {
    title: 'Volunteers', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    tabs: { teams: 'Teams', members: 'Volunteers', service: 'Service records', leaderboard: 'Leaderboard preview' },
    hours: 'Hours', points: 'Points', stars: 'Stars', starsOf: '{n} stars', hoursUnit: '{n} h',
    team: {
      new: 'New team', newTitle: 'New team', editTitle: 'Edit team', name: 'Name', description: 'Description', members: 'Members', active: 'Status',
      activeOn: 'Active', activeOff: 'Inactive', deactivate: 'Deactivate', activate: 'Activate', showInactive: 'Show inactive',
      deactivateConfirm: 'Deactivate “{name}”? Members and service records are kept; it leaves the leaderboard.', activateConfirm: 'Activate “{name}” again?',
      deactivated: '“{name}” deactivated', activated: '“{name}” activated', created: 'Created “{name}”',
      needName: 'Enter a name', nameTooLong: 'At most 60 characters', descriptionTooLong: 'At most 500 characters',
      empty: 'No teams yet. Click “New team”.', openMembers: 'Members',
    },
    member: {
      title: 'Members of “{team}”', add: 'Add member', addTitle: 'Add member', editTitle: 'Edit member', name: 'Name', phone: 'Phone', team: 'Team',
      alias: 'Public alias', aliasHint: 'Screens show only the alias, never the name', aliasPlaceholder: 'e.g. Auntie Wang',
      consent: 'Agrees to the leaderboard', consentHint: 'Needs the person’s consent and a public alias', consentYes: 'Yes', consentNo: 'No',
      needPhone: 'Enter an 11-digit mobile (the resident must have an account)', aliasTooLong: 'At most 20 characters', consentNeedsAlias: 'Consent needs a public alias',
      added: '{name} added', saved: 'Saved', deactivate: 'Leave', activate: 'Restore', deactivateConfirm: 'Let {name} leave “{team}”? Service records are kept.',
      deactivated: '{name} left', activated: '{name} restored', inactive: 'Left', empty: 'This team has no members yet', emptyAll: 'No volunteers yet',
      allTeams: 'All teams', needTeam: 'Choose a team', search: 'Search name, phone or alias', showInactive: 'Show former members',
    },
    service: {
      add: 'Record service', addTitle: 'Record service', member: 'Volunteer', pickMember: 'Choose a volunteer', date: 'Date', time: 'Start', duration: 'Duration',
      hoursUnit: 'h', minutesUnit: 'min', hoursLabel: 'Duration (hours)', minutesLabel: 'Duration (minutes)', note: 'Note', notePlaceholder: 'e.g. helped register at the free clinic', activity: 'Activity', servedAt: 'Served',
      source: 'Source', fromCheckIn: 'Check-in', manual: 'Manual', deleteConfirm: 'Delete the {hours} h record of {name} at {time}? Its points go too.',
      added: '{hours} h recorded, {points} points', needMember: 'Choose a volunteer', needWhen: 'Choose a date and time', inFuture: 'The start cannot be in the future: record service once given', minutesRange: 'From 1 minute to 24 hours',
      noteTooLong: 'At most 200 characters', empty: 'No service in this period', range: 'Dates', total: '{n} records, {hours} h, {points} points',
      rangeTooLong: 'At most 366 days',
    },
    leaderboard: {
      hint: 'What this center’s lobby screens show: aliases of volunteers who agreed, nothing else.', disabled: 'The screen leaderboard is off', disabledHint: 'The center manager can turn it on in Participation → Rules.',
      members: 'Volunteer points', teams: 'Teams', rank: 'Rank', alias: 'Alias', team: 'Team', memberCount: 'Members', empty: 'No volunteer has agreed to be listed yet',
    },
  },
}

export const volunteerErrorsEn: typeof volunteerErrorsZh = {
  already_member: 'This resident is already in the team (restore a former member in the member list)',
  team_inactive: 'The team is inactive; activate it before adding members',
  alias_required: 'Consent needs a public alias',
  alias_reveals_identity: 'A public alias must not contain the registered name or a phone number',
  unknown_member: 'This volunteer was not found',
  served_in_future: 'Service is recorded after it was given, not in advance',
  unknown_occurrence: 'This activity date was not found',
  resident_required: 'Enter the resident’s phone number',
  resident_ambiguous: 'Give one resident only',
}

export default volunteersEn
