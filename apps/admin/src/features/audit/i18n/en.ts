import type auditZh from './zh-CN'
import { auditFieldsEn } from './fields-en'

/** English texts of the audit log. */
const auditEn: typeof auditZh = {
  audit: {
    title: 'Audit log', exportCsv: 'Export CSV', csvHint: 'The CSV follows the center, object, person and date filters, not the action text',
    time: 'Time', actor: 'By', entity: 'Object', action: 'Action', entityId: 'Object id', changes: 'Changes', request: 'Request', ip: 'IP',
    allCenters: 'All centers', allEntities: 'All objects', allActors: 'Everyone', actionPlaceholder: 'Action, e.g. reset', from: 'From', to: 'To',
    field: 'Field', before: 'Before', after: 'After', noChanges: 'No field changes recorded', fieldsChanged: '{n}: {fields}', fieldSeparator: ', ',
    empty: 'No entries match in this period', truncated: 'Only the latest {n} entries are shown; narrow the dates or add filters',
    count: '{n} entries',
    entities: {
      room: 'Room', center: 'Center', region: 'Region', activity: 'Activity', occurrence: 'Occurrence', booking: 'Booking',
      room_policy: 'Room booking rules', room_kind_policy: 'Room kind booking rules', center_policy: 'Center booking rules', screen: 'Screen', announcement: 'Announcement', emergency: 'Emergency', staff: 'Staff',
      registration: 'Sign-up', check_in: 'Check-in', resident_group: 'Target group', participation_policy: 'Participation rules', service_request: 'Service request',
      volunteer_team: 'Volunteer team', volunteer_member: 'Volunteer', volunteer_service: 'Volunteer service record', notification_delivery: 'Notification delivery',
      suspension: 'No-show suspension', resident: 'Resident account',
      family_link: 'Family proxy link', closure: 'Closure', center_holidays: 'National holidays setting', proposal: 'Resident proposal', approval_chain: 'Approval chain', household: 'Household', organisation: 'Organisation',
      import: 'Spreadsheet import',
      activity_record: 'Activity record',
      co_building_unit: 'Co-building unit', co_building_agreement: 'Co-building agreement', co_building_resource: 'Resource list', co_building_need: 'Needs list', co_building_project: 'Co-building project',
      joint_meeting: 'Joint meeting', assessment_scheme: 'Assessment scheme', assessment_quarter: 'Quarterly assessment',
    },
    actions: {
      create: 'Create', update: 'Update', delete: 'Delete', rename: 'Rename', split_from: 'Split from {id}', cancel: 'Cancel',
      approve: 'Approve', reject: 'Reject', check_in: 'Check in', check_in_by_code: 'Check in by booking code', create_for_booker: 'Book on behalf', create_series: 'Weekly booking',
      pair: 'Pair', revoke: 'Revoke', reload: 'Reload', identify: 'Identify', start: 'Start', clear: 'Clear',
      sign_out_everywhere: 'Sign out everywhere', change_password: 'Change password', reset_password: 'Reset password',
      create_for_resident: 'Sign up on behalf', add_members: 'Add members', remove_member: 'Remove member',
      transfer: 'Transfer', close: 'Close', resolve_on_spot: 'Resolve on the spot', resend: 'Resend', lift: 'Lift',
      delete_account: 'Delete account',
      desk_register: 'Register at the desk', sign_in_link: 'Make a sign-in QR code', export_full_phones: 'Export residents (full phone numbers)',
      import: 'Import',
      open_on_holiday: 'Open on a holiday', close_on_holiday: 'Closed on a holiday again', question: 'Ask a question', accept: 'Accept', decline: 'Decline',
      approve_step: 'Approve a step', escalate: 'Escalate (step lapsed)', expire: 'Expire (step lapsed)',
      publish: 'Publish', unpublish: 'Unpublish', add_photos: 'Add photos', remove_photo: 'Remove a photo',
      add_partner: 'Add a partner', remove_partner: 'Remove a partner', attach: 'Attach a file', detach: 'Remove the file', raise_problem: 'Raise a problem',
    },
    actors: { staff: 'Staff', resident: 'Resident', screen: 'Screen', system: 'System' },
    fields: auditFieldsEn,
  },
}

export default auditEn
