/** English texts of the quarterly assessment, merged into src/i18n/en.ts. */
export default {
  assessment: {
    nav: 'Quarterly assessment', title: 'Quarterly assessment', quarter: 'Quarter', scheme: 'Scheme', indicator: 'Indicator', weight: 'Weight', target: 'Target',
    weightSum: 'Weights total {sum} / 100', addIndicator: 'Add indicator', remove: 'Remove', saveScheme: 'Save scheme', saved: 'Scheme saved',
    ranking: 'Ranking', rank: 'Rank', center: 'Service center', score: 'Score', actual: 'Actual', points: 'Points', breakdown: 'Breakdown',
    open: 'Open (computed live)', closed: 'Closed ({time}, scores frozen)', noScheme: 'No assessment scheme yet', empty: 'No centers',
    export: 'Export', exportXlsx: 'Excel', exportCsv: 'CSV', print: 'Print', close: 'Close this quarter',
    confirmClose: 'After closing {quarter}, every center\'s score is frozen and never recomputed; a later change of the scheme does not change it. Close it?',
    confirmCloseCurrent: 'After closing {quarter}, every center\'s score is frozen and never recomputed, and the scheme cannot change until the next quarter begins. Close it?',
    schemeLocked: 'The current quarter, {quarter}, was closed at {time} and its scores are frozen. The scheme cannot change for the rest of the quarter; it can be edited again once {next} begins ({from}).',
    schemeEarlier: '{quarter} was closed at {time}: its scores are frozen with the scheme of that time, and saving does not change them. A saved scheme applies to {current} and any other quarter not yet closed.',
    confirm: 'Close quarter', cancel: 'Cancel', closedDone: '{quarter} is closed', failed: 'Failed: {message}',
    units: { percent: '%', hours: 'h', count: '' },
    indicators: {
      activities_held: 'Activities held', people: 'People', person_times: 'Person-times', room_utilisation: 'Room utilisation (%)',
      service_closing_rate: 'Service closing rate (%)', volunteer_hours: 'Volunteer hours', records_published: 'Records published',
      record_views: 'Record views', bookings: 'Bookings',
    },
    rule: 'Points per indicator = min(actual ÷ target, 1) × weight: reaching the target earns the whole weight, going beyond earns no more. Equal scores share a rank.',
  },
}

/** What the API's refusals of the assessment mean, for src/i18n/en.ts `errors`. */
export const assessmentErrorsEn = {
  weights_not_hundred: 'The weights must add up to 100; nothing was saved',
  duplicate_indicator: 'Each indicator can be chosen once; nothing was saved',
  quarter_closed: 'This quarter is closed: its scores are frozen, and the scheme cannot change until the next quarter',
  no_scheme: 'Set the assessment scheme before closing the quarter',
  quarter_not_started: 'This quarter has not begun yet',
}
