import type staffZh from './zh-CN'
import type { staffErrorsZh } from './zh-CN'

/** English texts of staff management. */
const staffEn: typeof staffZh = {
  staff: {
    title: 'Staff', new: 'New staff member', editTitle: 'Edit staff member', created: 'Added “{name}”',
    username: 'Username', name: 'Name', role: 'Role', scope: 'Scope', status: 'Status', password: 'First password', you: 'You',
    active: 'Active', inactive: 'Inactive', activate: 'Activate', deactivate: 'Deactivate',
    usernameRequired: 'Enter a username', usernameRule: '3–32 lower-case letters, digits or . _ -, starting with a letter or digit',
    nameRequired: 'Enter a name', scopeRequired: 'Choose a scope', pickCenter: 'Choose a center', pickRegion: 'Choose a region',
    endsSessions: 'Saving signs this person out on every device at once; they sign in again.',
    deactivateConfirm: '“{name}” is signed out on every device at once and cannot sign in until activated again. Deactivate?',
    activateConfirm: '“{name}” can sign in again with their old password. Activate?',
    deactivated: '“{name}” is deactivated and signed out everywhere', activated: '“{name}” is active again',
    resetPassword: 'Reset password', resetTitle: 'Reset the password of “{name}”',
    resetHint: 'They are signed out on every device at once. Tell them the new password in person.',
    passwordReset: 'The password of “{name}” is reset; they are signed out everywhere',
    sessionsHint: 'Deactivating, changing role or scope and resetting the password sign the person out on every device at once.',
    empty: 'No staff yet',
  },
}

export const staffErrorsEn: typeof staffErrorsZh = {
  own_account: 'You cannot change your own role or scope, nor deactivate yourself',
  invalid_scope: 'The scope does not fit the role: district admins need a region, center roles a center',
  duplicate_username: 'This username is taken; choose another',
}

export default staffEn
