/** A mainland mobile number, as the contract's MobilePhone. */
export const MOBILE = /^1[3-9][0-9]{9}$/

export interface PhoneList {
  /** Valid numbers, each once, in the order pasted. */
  phones: string[]
  /** Lines that are not a mobile number, as typed. */
  invalid: string[]
  duplicates: number
}

/**
 * Numbers pasted one per line (commas, semicolons and blanks also separate them, as spreadsheets
 * and chat apps paste them); spaces and dashes inside a number and a +86 prefix are dropped.
 */
export function parsePhones(text: string): PhoneList {
  const out: PhoneList = { phones: [], invalid: [], duplicates: 0 }
  const seen = new Set<string>()
  for (const raw of text.split(/[\n,，;；\t]+/)) {
    const typed = raw.trim()
    if (!typed) continue
    const phone = typed.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
    if (!MOBILE.test(phone)) out.invalid.push(typed)
    else if (seen.has(phone)) out.duplicates++
    else {
      seen.add(phone)
      out.phones.push(phone)
    }
  }
  return out
}

/**
 * The numbers the API named as having no account (a 400 `unknown_residents` lists each as a
 * detail `{ path: 'body/phones', message: '<phone> has no resident account' }`), among those sent.
 */
export function phonesNamedIn(details: { path: string; message: string }[] | undefined, sent: string[]): string[] {
  const named = new Set((details ?? []).filter((d) => d.path === 'body/phones').flatMap((d) => d.message.match(/1[3-9]\d{9}/g) ?? []))
  return sent.filter((p) => named.has(p))
}
