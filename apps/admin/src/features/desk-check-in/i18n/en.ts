import type deskCheckInZh from './zh-CN'
import type { deskCheckInErrorsZh } from './zh-CN'

/** English texts of checking a booking in by its code and the desk's check-in code. */
const deskCheckInEn: typeof deskCheckInZh = {
  deskCheckIn: {
    open: 'Check in by code', title: 'Check in by booking code', codeLabel: 'Booking code', codePlaceholder: 'Type or scan the 8-digit code',
    hint: "Ask the resident for the booking code under 我的预约 on their phone. A barcode scanner checks it in at once; or type it and press Enter.",
    submit: 'Check in', scan: 'Scan with camera', stopScan: 'Stop scanning', scanning: "Hold the QR code on the resident's phone up to the camera",
    cameraFailed: 'The camera could not be opened; type the booking code instead', cameraLabel: 'Camera view',
    incomplete: 'A booking code has 8 digits', done: 'Checked in', doneDetail: '{name} · {room} · {time}', next: 'Ready for the next one',
    deskCode: "Today's check-in code", deskCodeHint: 'Read it out to residents checking in by a printed door code; it changes every day.',
    doorOpen: 'Door check-in code', doorTitle: 'Print a door check-in code', doorRoom: 'Room', doorAlt: 'Check-in QR code of {name}',
    doorScan: 'Booked this room? Scan to check in when you arrive', doorDesk: 'If asked for a check-in code, ask the service desk (it changes daily)', doorPrint: 'Print',
  },
}

export const deskCheckInErrorsEn: typeof deskCheckInErrorsZh = {
  booking_code_invalid: 'A booking code has 8 digits; check it and try again',
  booking_code_unknown: 'No booking has this code; check the digits',
  booking_other_center: 'This booking is for another center; the resident checks in there',
  booking_not_today: 'This booking is not today, so it cannot be checked in now',
  booking_cancelled: 'This booking was cancelled and cannot be checked in',
  check_in_code_required: "No check-in code: scan the code on the screen, or ask the service desk for today's code",
  check_in_code_expired: 'The check-in code has expired: scan the code on the screen again, or ask the service desk',
  check_in_code_other_place: "This is not the check-in code of this room or activity: scan the code on its own screen or on this center's lobby screen, or ask the service desk",
  check_in_code_wrong: "Wrong check-in code: ask the service desk for today's code",
}

export default deskCheckInEn
