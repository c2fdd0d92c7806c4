/** Where the QR codes on the boards lead; absolute, since a phone scans them. */
export const bookingUrl = (origin: string, centerId: string) => `${origin}/kiosk/m/centers/${encodeURIComponent(centerId)}`

export const checkInUrl = (origin: string, roomId: string) => `${origin}/kiosk/m/rooms/${encodeURIComponent(roomId)}/check-in`

/** Staff pair a screen in the admin app's screens page. */
export const adminScreensUrl = (origin: string) => `${origin}/admin/screens`
