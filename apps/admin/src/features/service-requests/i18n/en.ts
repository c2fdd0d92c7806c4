import type serviceRequestsZh from './zh-CN'
import type { serviceRequestErrorsZh } from './zh-CN'

/** English texts of service requests. */
const serviceRequestsEn: typeof serviceRequestsZh = {
  serviceRequests: {
    title: 'Service requests', center: 'Center', pickCenter: 'Choose a center', noCenter: 'No center to manage.',
    categories: {
      policy: 'Policy advice', social_security: 'Social & medical insurance', legal_aid: 'Legal aid', family_mediation: 'Family mediation', property: 'Property management',
      environment: 'Environment', employment: 'Jobs & startups', elderly_care: 'Elderly care', other: 'Other',
    },
    statuses: { registered: 'Registered', resolved_on_spot: 'Resolved on the spot', transferred: 'Transferred', closed: 'Closed' },
    figures: { received: 'Received', resolvedOnSpot: 'Resolved on the spot', transferred: 'Transferred', closed: 'Closed after transfer', closingRate: 'Closing rate', closingRateHint: 'Closing rate = closed after transfer ÷ transferred' },
    form: {
      title: 'Quick log', category: 'Category', description: 'Request', descriptionPlaceholder: 'What the resident raised or needs', visitor: 'Visitor', visitorName: 'Name (optional)',
      visitorPhone: 'Phone (optional)', onSpot: 'Resolved on the spot', resolution: 'Resolution', resolutionPlaceholder: 'How it was solved',
      submit: 'Log', clear: 'Clear', logged: 'Logged', loggedOnSpot: 'Logged and resolved',
      needCategory: 'Choose a category', needDescription: 'Describe the request', descriptionTooLong: 'At most 2000 characters', nameTooLong: 'At most 40 characters',
      badPhone: 'Not a phone number (5-20 digits, + - ( ) and spaces allowed)', needResolution: 'Describe the resolution',
    },
    list: {
      receivedAt: 'Received', category: 'Category', description: 'Request', visitor: 'Visitor', status: 'Status', department: 'Department', resolution: 'Resolution',
      anonymous: 'Anonymous', outcome: 'Department / resolution', range: 'Dates', allStatuses: 'All statuses', allCategories: 'All categories', empty: 'No requests match in this period',
      total: '{n} in all', lastWeek: 'Last 7 days', lastMonth: 'Last 30 days', thisMonth: 'This month', rangeTooLong: 'At most 366 days',
    },
    actions: {
      transfer: 'Transfer', close: 'Close', resolve_on_spot: 'Resolve on the spot', transferTitle: 'Transfer request', closeTitle: 'Close request',
      department: 'Department', departmentPlaceholder: 'e.g. street management office, residents’ committee', resolution: 'Resolution', resolutionPlaceholder: 'How it was finally solved',
      how: 'How', howOnSpot: 'Resolved on the spot (not transferred)', howClose: 'Closed', needDepartment: 'Enter the department', departmentTooLong: 'At most 80 characters',
      needResolution: 'Describe the resolution', transferred: 'Transferred to {department}', closed: 'Closed', resolvedOnSpot: 'Resolved on the spot', request: 'Request',
    },
  },
}

export const serviceRequestErrorsEn: typeof serviceRequestErrorsZh = {
  invalid_transition: 'The request has moved on; refresh and try again',
  received_in_future: 'The received time cannot be in the future',
  resolution_without_resolving: 'A resolution is only recorded when resolved on the spot',
  invalid_range: 'The end date must not be before the start date',
}

export default serviceRequestsEn
