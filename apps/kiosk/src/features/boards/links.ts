/** Where the QR codes on the boards lead; absolute, since a phone scans them. */
export const bookingUrl = (origin: string, centerId: string) => `${origin}/m/centers/${encodeURIComponent(centerId)}`

/** A room's check-in page; `token` (t) is the screen's rotating code that proves the phone is at the door. */
export const checkInUrl = (origin: string, roomId: string, token?: string) =>
  `${origin}/m/rooms/${encodeURIComponent(roomId)}/check-in${token ? `?t=${encodeURIComponent(token)}` : ''}`

/** An activity's check-in page; the center rides along so the page can name the activity before sign-in. */
export const activityCheckInUrl = (origin: string, occurrenceId: string, centerId: string, token?: string) =>
  `${origin}/m/check-in/${encodeURIComponent(occurrenceId)}?c=${encodeURIComponent(centerId)}${token ? `&t=${encodeURIComponent(token)}` : ''}`

/** The lobby's 到馆签到 page: anything of today at the center, checked in with the lobby's center-wide code. */
export const centerCheckInUrl = (origin: string, centerId: string, token?: string) =>
  `${origin}/m/centers/${encodeURIComponent(centerId)}/check-in${token ? `?t=${encodeURIComponent(token)}` : ''}`

/** A center's sign-up list, opened at one occurrence. */
export const signupUrl = (origin: string, centerId: string, occurrenceId?: string) =>
  `${origin}/m/centers/${encodeURIComponent(centerId)}/activities${occurrenceId ? `?o=${encodeURIComponent(occurrenceId)}` : ''}`

/** Staff pair a screen in the admin app's screens page. */
export const adminScreensUrl = (origin: string) => `${origin}/admin/screens`
