import type { auditFieldsZh } from './fields-zh-CN'

/** English names of the audited fields; the same keys as the Chinese list. */
export const auditFieldsEn: Record<keyof typeof auditFieldsZh, string> = {
  // Shared
  id: 'Id', name: 'Name', title: 'Title', description: 'Description', status: 'Status', active: 'Active', createdAt: 'Created', updatedAt: 'Updated',
  centerId: 'Center', centerName: 'Center name', regionId: 'Region', regionName: 'Region name', roomId: 'Room', roomName: 'Room name',
  startsAt: 'Starts', endsAt: 'Ends', capacity: 'Capacity', category: 'Category', location: 'Off-site location', residentId: 'Resident',
  // Regions, centers, rooms
  parentId: 'Parent region', level: 'Level', address: 'Address', areaM2: 'Area (m²)', timeZone: 'Time zone', openingHours: 'Opening hours',
  contactName: 'Contact', contactPhone: 'Contact phone', roomCount: 'Rooms', kind: 'Type', floor: 'Floor', amenities: 'Amenities',
  access: 'Access', requiresApproval: 'Needs approval',
  // Activities and their dates
  audiences: 'Audiences', organiserKind: 'Organiser type', organiserName: 'Organiser', startsLocal: 'Starts (local time)', endsLocal: 'Ends (local time)',
  rrule: 'Repeat rule', exdates: 'Skipped dates', kioskVisible: 'On screens', staffNotes: 'Staff notes', splitFromId: 'Split from', activityId: 'Activity',
  recurrenceLocal: 'Originally at', activityStatus: 'Activity status', overridden: 'Adjusted on its own', recurring: 'Repeating',
  // Bookings and their rules
  purpose: 'Purpose', headcount: 'Headcount', organisationName: 'Organisation', publishOrganisation: 'Organisation shown', bookerName: 'Booked by',
  bookerPhone: 'Booker phone', seriesId: 'Weekly booking', rejectReason: 'Reason for rejection', lateCancellation: 'Late cancellation', checkedInAt: 'Checked in at', code: 'Booking code',
  minMinutes: 'Shortest booking', maxMinutes: 'Longest booking', slotMinutes: 'Time grid', minNoticeMinutes: 'Minimum notice', maxAdvanceDays: 'Furthest ahead',
  releaseTime: 'Release time', bufferMinutes: 'Buffer', weeklyQuota: 'Weekly quota', maxUpcoming: 'Upcoming limit', cancelDeadlineMinutes: 'Cancellation deadline',
  checkInOpensMinutes: 'Check-in opens', noShowAfterMinutes: 'No-show after', pendingExpiresMinutes: 'Approval deadline',
  // Screens, announcements, emergencies
  layout: 'Layout', language: 'Language', panelInches: 'Panel size (in)', viewingDistanceM: 'Viewing distance (m)', showRecords: 'Show activity records', online: 'Online', stale: 'Out of date',
  lastSeenAt: 'Last seen', appVersion: 'App version', text: 'Text', priority: 'Priority', message: 'Message', clearedAt: 'Cleared at',
  // Staff
  username: 'Username', displayName: 'Name', role: 'Role', scopeName: 'Scope', lockedUntil: 'Locked until',
  // Service requests
  receivedAt: 'Received', visitorName: 'Visitor', visitorPhone: 'Visitor phone', department: 'Department', transferredAt: 'Transferred at',
  closedAt: 'Closed at', resolution: 'Resolution',
  // Sign-ups, check-ins, target groups and the participation rules
  occurrenceId: 'Occurrence', occurrenceStatus: 'Occurrence status', waitlistPosition: 'Waitlist position', offerExpiresAt: 'Offer expires', method: 'Check-in method',
  volunteerMinutes: 'Volunteer minutes', memberCount: 'Members', residentIds: 'Residents', offerHoldMinutes: 'Offer hold time',
  signupClosesMinutes: 'Sign-up closes', lateCancelMinutes: 'Late cancellation limit', checkInClosesMinutes: 'Check-in closes', pointsPerHour: 'Points per hour',
  starThresholds: 'Star thresholds', kioskLeaderboard: 'Leaderboard on screens', reminderDayBeforeAt: 'Day-before reminder at',
  reminderLeadMinutes: 'Reminder before the start (min)',
  noShowLimit: 'No-shows that suspend', noShowWindowDays: 'No-shows counted over (days)', suspensionDays: 'Suspension (days)',
  // No-show suspensions
  noShows: 'No-shows', windowDays: 'Within (days)', liftedAt: 'Lifted at',
  // Volunteers
  teamId: 'Team', teamName: 'Team name', memberId: 'Volunteer', memberName: 'Member name', phone: 'Phone', publicAlias: 'Leaderboard alias',
  leaderboardConsent: 'Leaderboard consent', totalMinutes: 'Total minutes', totalPoints: 'Total points', stars: 'Stars', joinedAt: 'Joined',
  activityTitle: 'Activity', servedAt: 'Served at', minutes: 'Minutes', points: 'Points', note: 'Note', fromCheckIn: 'From check-in',
  reason: 'Reason',
  // Notifications
  lastError: 'Last error',
  // Account deletion
  cancelledBookings: 'Bookings cancelled', cancelledRegistrations: 'Sign-ups cancelled',
  // Family proxies
  proxyResidentId: 'Proxy', proxyName: 'Proxy name', proxyPhone: 'Proxy phone', memberResidentId: 'Family member', memberPhone: 'Family member phone',
  linkedBy: 'Linked by', actedByResidentId: 'Acted by', actedByName: 'Acted by (name)',
  proxyMaskedPhone: 'Proxy phone (masked)', memberMaskedPhone: 'Family member phone (masked)',
  // The service desk: registering residents and their sign-in QR codes
  maskedPhone: 'Phone (masked)', household: 'Address / household', registeredAt: 'Registered', linkId: 'Sign-in link', expiresAt: 'Valid until', replacedLinks: 'Earlier links stopped',
  // Closures and national holidays, a room's own hours
  allDay: 'All day', decision: 'Existing bookings and dates', cancelledDates: 'Activity dates cancelled', kept: 'Existing plans kept', followsNationalHolidays: 'Follows national holidays', date: 'Date',
  hours: 'Opening hours',
  // Residents' activity proposals
  state: 'State', preferredDates: 'Preferred dates', expectedPeople: 'Expected people', proposerName: 'Proposed by', question: "Staff's question", answer: "Resident's answer", declineReason: 'Reason for declining',
  // Approval chains and where a request stands in one
  roomKind: 'Room kind', steps: 'Approval steps', approval: 'Approval progress', approvalStep: 'Approval step',
  // Households and organisations, a target group's audience, a date's closure
  members: 'Members', organisationId: 'Organisation', publishName: 'Name may be published', audience: 'Audience it stands for', closure: 'Closure',
  // Spreadsheet imports: what one commit did
  created: 'New', updated: 'Updated', unchanged: 'Unchanged',
  // A residents export with full numbers: how many, in which format, found by what search
  exportedResidents: 'Residents exported', format: 'File format', search: 'Search',
  // Activity records
  body: 'Text', tags: 'Tags', organiser: 'Organised by', occurrence: 'Activity date', photos: 'Photos', consent: 'Consent to be shown confirmed', consentByName: 'Confirmed by', consentAt: 'Confirmed at', publishedAt: 'Published at', views: 'Views',
  // Co-building: units, agreements, the three lists, joint meetings; a room a unit provides; the quarterly assessment
  providedBy: 'Provided by', partners: 'Partners', partner: 'Signed with', rooms: 'Rooms provided', agreementCount: 'Agreements', attachment: 'Attachment',
  content: 'Agreement text', startsOn: 'Start date', endsOn: 'End date', unitId: 'Unit', unitName: 'Unit name', units: 'Units that may attend', quantity: 'Quantity',
  ownerName: 'Owner', resources: 'Resources', needs: 'Needs', startedOn: 'Started on', completedOn: 'Completed on',
  attendees: 'Units attending', problems: 'Problems', centers: 'Centers', indicators: 'Indicators', quarter: 'Quarter',
}
