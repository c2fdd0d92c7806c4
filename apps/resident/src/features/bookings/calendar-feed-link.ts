/**
 * The feed's address as a calendar app needs it: absolute (the API gives a path on its own
 * origin), and as webcal://, which phones open in their calendar app as a subscription rather
 * than downloading one file that never changes.
 */
export function feedLinks(origin: string, path: string) {
  const url = new URL(path, origin).href
  return { url, webcal: url.replace(/^https?:\/\//, 'webcal://') }
}
