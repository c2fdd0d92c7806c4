// The center a resident last looked at, so "my bookings" can offer a way back to booking.
const KEY = 'linli.m.lastCenter'

export function rememberCenter(centerId: string) {
  try {
    localStorage.setItem(KEY, centerId)
  } catch {
    // Private browsing may refuse storage; the link then simply goes to the list of centers.
  }
}

export function lastCenter(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null
  }
}
