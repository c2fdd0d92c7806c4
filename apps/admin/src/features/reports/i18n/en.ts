import type reportsZh from './zh-CN'

/** English texts of the reports. */
const reportsEn: typeof reportsZh = {
  reports: {
    title: 'Reports', scope: 'Scope', scopes: { center: 'Center', region: 'Region' },
    center: 'Center', pickCenter: 'Choose a center', region: 'Region', pickRegion: 'Choose a region',
    coBuilding: 'Co-building', platform: 'Platform and records', range: 'Period', from: 'From', to: 'To',
    presets: { thisMonth: 'This month', lastMonth: 'Last month', thisQuarter: 'This quarter', thisYear: 'This year' },
    group: 'Target group', pickGroup: 'All residents (no participation rate)',
    empty: 'No figures for this period', noCenter: 'No center to report on', noRegion: 'No region to report on',
    loadFailed: 'The report could not be loaded', tooLong: 'A period is at most {days} days (two years); choose a shorter one', print: 'Print monthly report', printMonth: 'Month',
    updated: 'Period {from} to {to}',
    kpi: {
      activitiesHeld: 'Activities held', people: 'People', personTimes: 'Person-times', participationRate: 'Target group participation',
      roomUtilisation: 'Room utilisation', bookings: 'Bookings', noShows: 'No-shows', lateCancellations: 'Late cancellations',
      serviceReceived: 'Service requests', serviceClosingRate: 'Closing rate', volunteerHours: 'Volunteer hours', centers: 'Centers',
      residents: 'Registered residents', staff: 'Staff', recordsPublished: 'Records published', recordViews: 'Record views',
      coUnits: 'Co-building units', agreementsSigned: 'Agreements signed', agreementsInForce: 'Agreements in force', jointMeetings: 'Joint meetings', problemsRaised: 'Problems raised', problemsSolved: 'Problems solved', jointServices: 'Joint services',
    },
    hints: {
      pickGroup: 'Choose a target group to see it', participationOf: '{group}: {attended} of {members} attended',
      closingRate: 'Closed / transferred',
      lateCancellations: 'Bookings {bookings} · sign-ups {registrations}',
    },
    units: {
      units: '', agreements: '', meetings: '', problems: '', services: '', activities: '', people: '', personTimes: '', bookings: '', requests: '', hours: 'h', centers: '', activitiesOrHours: 'Activities / hours', records: '', views: '',
    },
    charts: {
      participation: 'Person-times by month and category', trend: 'Person-times trend', rooms: 'Room utilisation', byRoom: 'By room', byKind: 'By kind',
      bookings: 'Bookings', service: 'Service requests', serviceCategories: 'Request categories', volunteers: 'Volunteer service',
      centers: 'Centers compared', regionTrend: 'Region by month', compareBy: 'Compare by', closingRate: 'Closing rate {rate}',
    },
    columns: {
      month: 'Month', category: 'Category', activitiesHeld: 'Activities', people: 'People', personTimes: 'Person-times',
      room: 'Room', kind: 'Kind', rooms: 'Rooms', openHours: 'Open (h)', bookedHours: 'Booked (h)',
      usedHours: 'Used (h)', utilisation: 'Utilisation', total: 'Total', count: 'Count', item: 'Item', value: 'Value',
      serviceCategory: 'Category', volunteerHours: 'Volunteer hours', volunteerMembers: 'Volunteers', points: 'Points',
      center: 'Center', roomUtilisation: 'Room utilisation', bookings: 'Bookings', noShows: 'No-shows',
      serviceReceived: 'Requests', serviceClosingRate: 'Closing rate',
    },
    service: { received: 'Received', resolvedOnSpot: 'Resolved on the spot', transferred: 'Transferred', closed: 'Closed', closingRate: 'Closing rate' },
    serviceCategories: {
      policy: 'Policy', social_security: 'Social security', legal_aid: 'Legal aid', family_mediation: 'Family mediation', property: 'Property',
      environment: 'Environment', employment: 'Employment', elderly_care: 'Elderly care', other: 'Other',
    },
    export: { csv: 'CSV', xlsx: 'Excel', title: 'Download table', failed: 'Export failed: {message}' },
    table: { show: 'Show table', hide: 'Hide table' },
    aria: { sentence: '{title}: {rows}.', fieldSeparator: ', ', rowSeparator: '; ' },
    printPage: {
      title: '{center} monthly report, {month}', subtitle: 'Period: {from} to {to}', generated: 'Generated: {time}',
      summary: 'Key figures', back: 'Back to reports', print: 'Print', hint: 'Print on A4 portrait; headers and footers can be turned off in the print dialog.',
      noMonth: 'Choose a month', participation: 'Participation', rooms: 'Rooms', service: 'Service requests', volunteers: 'Volunteers',
    },
  },
}

export default reportsEn
