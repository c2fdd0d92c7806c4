/** English texts of the district view: the calendar and the screens across every center in scope. */
const districtEn = {
  district: {
    calendarNav: 'District calendar', screensNav: 'District screens',
    calendarTitle: 'District activity calendar', screensTitle: 'Screens across the district',
    subdistrict: 'Subdistrict', allSubdistricts: 'All subdistricts', category: 'Category', allCategories: 'All categories',
    audience: 'Audience', allAudiences: 'All audiences', showBookings: 'Show room bookings',
    view: 'View', day: 'Day', week: 'Week', previous: 'Previous {unit}', next: 'Next {unit}', today: 'Today', date: 'Date',
    dayHeading: '{date} ({count})', noItems: 'Nothing on this day', empty: 'Nothing in this range: try other dates or fewer filters',
    time: 'Time', title: 'Activity', center: 'Center', place: 'Place', kind: 'Type', status: 'Status',
    activity: 'Activity', booking: 'Booking', cancelled: 'Cancelled', scheduled: 'On',
    bookingTitle: 'Room booking: {purpose} ({headcount} people)',
    summary: '{centers} centers, {items} activities', summaryBookings: ', {bookings} bookings',
    truncated: 'Too many results: only the earliest are shown. Choose fewer days or add filters',
    noRegion: 'Your account has no region, so there is no district view to show',
    screensSummary: '{total} screens: {online} online, {offline} offline',
    screensEmpty: 'No screens are paired in your region yet', name: 'Name', layout: 'Layout', lastSeen: 'Last seen', appVersion: 'Version',
    offlineOnly: 'Offline only',
    pollHint: 'The list refreshes every 30 seconds.',
    report: {
      categories: 'Activities by category (region)', audiences: 'Participation rate of target audiences', targetAudience: 'Target audience',
      audience: 'Audience', groups: 'Tagged groups', members: 'Members', attended: 'Members who took part', rate: 'Participation rate',
      rateOf: '{audience}: {rate} ({attended} of {members} took part)',
      noGroup: '{audience}: no group in the region is tagged with this audience yet, so there is no rate',
      definition: 'Participation rate = members who checked in to at least one activity in the region during the period ÷ members of the groups tagged with that audience at the region\'s centers (joined before the period ended, each person once). Residents\' records hold no age, so the denominator is the groups the centers keep, not the resident population; tag a group with the audience it stands for under Participation > Groups.',
    },
  },
}

export default districtEn
