import type householdsZh from './zh-CN'
import type { householdErrorsZh } from './zh-CN'

/** English texts of households and organisations; same shape as zh-CN.ts. */
const householdsEn: typeof householdsZh = {
  households: {
    nav: 'Households & organisations', title: 'Households & organisations', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage yet.',
    tabs: { households: 'Households', organisations: 'Organisations' },
    loadFailed: 'Could not load: {message}',
    members: 'Members', addMember: 'Add member', removeMember: 'Remove {name}', removeConfirm: 'Remove "{name}" from "{group}"?',
    pickResident: 'Search this center\'s residents (name or last 4 digits)', noResidents: 'No resident found: only residents this center knows can be added',
    quota: 'Weekly limit', quotaUnit: 'a week', noQuota: 'None', quotaLimited: 'Set a weekly limit', quotaNone: 'No extra limit (each resident\'s own only)',
    quotaHelp: 'Bookings a week in this center, all members together', quotaRule: 'The weekly limit is a whole number from 1 to 100',
    household: {
      new: 'New household', newTitle: 'New household', editTitle: 'Edit household', name: 'Household / address', namePlaceholder: 'e.g. Xingfuli building 3, unit 2, 501',
      empty: 'No households yet. Residents at one address can be registered as one household and share a weekly booking limit.',
      hint: 'A resident belongs to one household at most. A family proxy link does not make a household by itself; use "Same household" in Residents → Family proxies.',
      dissolve: 'Dissolve', dissolveConfirm: 'Dissolve "{name}"? Its members stay residents of this center; their bookings are no longer counted together.', dissolved: 'Dissolved',
      created: 'Registered "{name}"', nameRequired: 'Enter the household\'s name or address',
      fromLink: 'Same household', fromLinkDone: 'Both are now in one household: "{name}"',
    },
    organisation: {
      new: 'New organisation', newTitle: 'New organisation', editTitle: 'Edit organisation', name: 'Name', namePlaceholder: 'e.g. Sunset choir',
      contactName: 'Contact', contactPhone: 'Contact phone', publish: 'Name may be shown', publishHelp: 'Lets lobby screens and phone pages show the name (the booking must still ask to show it)',
      published: 'May be shown', private: 'Not shown', scope: 'Scope', ofCenter: 'This center', ofRegion: 'Whole region (set by the district)',
      empty: 'No organisations yet. Residents booking for an organisation must be its members.',
      created: 'Added "{name}"', nameRequired: 'Enter the organisation\'s name', phoneRule: 'Enter an 11-digit mobile number starting with 1',
      remove: 'Delete', removeConfirm: 'Delete "{name}"? An organisation with bookings cannot be deleted.', removed: 'Deleted', regionReadOnly: 'Region organisations are managed by district administrators',
      pick: 'Organisation', pickPlaceholder: 'Choose an organisation (optional)',
    },
  },
}

export const householdErrorsEn: typeof householdErrorsZh = {
  resident_in_other_household: 'This resident already belongs to another household; remove them there first',
  household_quota_reached: 'This household has used its weekly bookings in this center',
  organisation_quota_reached: 'This organisation has used its weekly bookings',
  organisation_not_member: 'Residents can book only for an organisation they belong to; the desk adds them first',
  organisation_not_here: 'This organisation does not book at this center',
}

export default householdsEn
