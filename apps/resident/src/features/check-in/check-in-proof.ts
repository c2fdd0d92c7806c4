/** The screen's rotating code as the QR code's link carries it (`?t=`), if it does. */
export const scannedCode = (query: Record<string, unknown>) => (typeof query.t === 'string' && query.t.trim() ? query.t.trim() : undefined)

/** The desk's 签到码 as typed: 6 digits, spaces ignored. */
export const cleanDeskCode = (typed: string) => typed.replace(/\s+/g, '')
export const isDeskCode = (typed: string) => /^\d{6}$/.test(cleanDeskCode(typed))

/** Refusals that a code from the desk answers: none scanned, an old one, another room's, a mistyped one. */
const ASK_DESK = new Set(['check_in_code_required', 'check_in_code_expired', 'check_in_code_other_place', 'check_in_code_wrong'])
export const needsDeskCode = (err: unknown) => ASK_DESK.has((err as { code?: unknown } | undefined)?.code as string)
