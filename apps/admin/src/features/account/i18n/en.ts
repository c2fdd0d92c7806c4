import type accountZh from './zh-CN'
import type { accountErrorsZh } from './zh-CN'

/** English texts of the account menu. */
const accountEn: typeof accountZh = {
  account: {
    menu: 'Account', changePassword: 'Change password', logoutEverywhere: 'Sign out everywhere',
    currentPassword: 'Current password', newPassword: 'New password', repeatPassword: 'Repeat the new password',
    currentRequired: 'Enter your current password', repeatMismatch: 'The new passwords do not match',
    changeHint: 'Afterwards you are signed out on every device, this one included, and sign in again with the new password.',
    changed: 'Password changed. Sign in with the new password.',
    everywhereConfirm: 'This ends your sessions on every device, this one included; you will sign in again. Continue?',
    signedOutEverywhere: 'Signed out on every device. Please sign in again.',
    rules: { length: 'At least 10 characters', common: 'Not a common password (like 1234567890, password, qwerty)', username: 'Does not contain the username' },
    problems: { length: 'The password needs at least 10 characters', common: 'This password is too common; choose another', username: 'The password must not contain the username' },
  },
}

export const accountErrorsEn: typeof accountErrorsZh = {
  weak_password: 'This password is too easy: not a common one and not containing the username, please',
  wrong_password: 'The current password is wrong',
  too_many_attempts: 'Too many failed sign-ins from here: wait a moment and try again; each further failure makes the wait longer (at most 15 minutes). Signing in on another device is not affected.',
}

export default accountEn
