import { badRequest } from '../../plugins/errors'

// The most common choices in leaked-password lists (and their obvious local variants), at length >= 10.
const COMMON = new Set([
  '1234567890', '0123456789', '12345678910', '1234567891', '0987654321', 'qwertyuiop', 'password12', 'password123',
  'password1!', 'passw0rd12', '1qaz2wsx3e', '1q2w3e4r5t', 'qwerty1234', 'iloveyou12', 'admin12345', 'administrator',
  'abcd123456', 'a123456789', 'aa12345678', '1111111111', '0000000000', '8888888888', '5201314520', 'woaini1314',
  'linli12345', 'linli-demo-2026', 'changeme12', 'welcome123', 'zxcvbnm123', 'asdfghjkl1', '1234qwer!@#$',
])

/** Length is checked by the schema; this refuses guessable passwords with a message saying why. */
export function assertStrongPassword(password: string, username: string) {
  const lower = password.toLowerCase()
  if (COMMON.has(lower)) throw badRequest('weak_password', 'This password is too common; choose another')
  if (/^(.)\1+$/.test(password)) throw badRequest('weak_password', 'A password of one repeated character is too easy to guess')
  if (username && lower.includes(username.toLowerCase())) throw badRequest('weak_password', 'The password must not contain the username')
}
