import type zh from './zh-CN'
import type { coBuildingListErrorsZh } from './zh-CN'

/** English texts of 共建清单 and 联席会议. */
const coBuildingListsEn: typeof zh = {
  coLists: {
    nav: 'Co-building lists', title: 'Co-building lists', scope: 'Scope', pickScope: 'Choose a center or region', noScope: 'No center or region to manage.',
    tabs: { resources: 'Resources', needs: 'Needs', projects: 'Projects' },
    kinds: { room: 'Room', venue: 'Venue', funds: 'Funds', experts: 'Experts', volunteers: 'Volunteers', other: 'Other' },
    resourceStatuses: { available: 'Available', matched: 'Matched', retired: 'Retired' },
    needStatuses: { open: 'Open', matched: 'Matched', done: 'Done', closed: 'Closed' },
    projectStatuses: { preparing: 'Preparing', active: 'Under way', completed: 'Completed', terminated: 'Terminated' },
    col: { unit: 'Unit', kind: 'Kind', description: 'Description', quantity: 'Quantity', status: 'Status', title: 'Name', owner: 'Owner', resources: 'Resources', needs: 'Needs', started: 'Started', completed: 'Completed', updated: 'Updated' },
    add: { resource: 'Add resource', need: 'Post need', project: 'New project' },
    form: { unit: 'Unit', kind: 'Kind', description: 'Description', quantity: 'Quantity (optional)', title: 'Name', needDescription: 'Details (optional)', resources: 'Resources', needs: 'Needs' },
    status: 'Status', setStatus: 'Change to', delete: 'Delete', save: 'Save', cancel: 'Cancel',
    empty: { resources: 'No resources yet', needs: 'No needs yet', projects: 'No projects yet' },
    confirmDelete: 'Delete "{name}"? This cannot be undone.', saved: 'Saved', deleted: 'Deleted', adminOnly: "Resources are recorded by the administrators of the unit's region",
    scopeRegions: 'Regions', scopeCenters: 'Centers',
    filter: { label: 'Filter by status', all: 'All statuses' }, emptyFiltered: 'Nothing with this status',
    setStatusTo: 'Mark {status}', statusChanged: '"{name}" is now {status}',
    confirmFinal: 'Mark "{name}" {status}? Its status cannot be changed afterwards.', confirmFinalTitle: 'Change status', confirmOk: 'Change',
    dialog: { newResource: 'Add resource', editResource: 'Edit resource', newNeed: 'Post need', editNeed: 'Edit need', newProject: 'New project', editProject: 'Edit project' },
    rules: {
      unit: 'Choose a unit', kind: 'Choose a kind', description: 'Describe the resource', title: 'Enter a name',
      resources: 'Choose at least one resource', needs: 'Choose at least one need', tooMany: 'Choose at most 20',
    },
    ownerHint: 'Recorded under "{name}"', noUnits: 'No co-building units work with this scope yet: register one under Co-building units first',
    noResources: 'No resources to match (retired ones cannot be matched)', noNeeds: 'No needs to match (done or closed ones cannot be matched)',
    projectHint: 'Once created, the chosen open needs and available resources become Matched. The resources and needs cannot be changed afterwards.',
    linksFixed: 'The resources and needs cannot be changed once the project exists',
    errors: { invalidTransition: 'The status has changed or cannot change this way; nothing was saved. The list is reloaded: try again' },
  },
}
export default coBuildingListsEn

export const coBuildingListErrorsEn: Record<keyof typeof coBuildingListErrorsZh, string> = {
  owner_required: 'Choose one center or one region (not both); nothing was saved',
  unit_not_here: 'A chosen unit does not work with this center or region; nothing was saved',
  need_not_here: "A chosen need is not this center's or region's; nothing was saved",
  resource_not_here: 'A chosen resource is not offered by a unit working with this center or region; nothing was saved',
  need_not_open: 'A need that is done or closed cannot be matched; nothing was saved',
  resource_retired: 'A retired resource cannot be matched; nothing was saved',
  in_project: 'A project uses it, so it cannot be deleted; retire or close it instead',
  project_under_way: 'A project under way or completed counts in the reports and cannot be deleted; terminate it instead',
  assignee_required: 'Choose one unit or one center to assign it to',
  assignee_not_here: "The chosen center is outside this meeting's scope; nothing was saved",
  solved_in_future: 'The day solved cannot be after today',
}
