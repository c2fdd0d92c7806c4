/** The room editor's opening hours section. */
export default {
  roomHours: {
    tab: 'Opening hours', basics: 'Details', mode: 'Opening hours', follow: 'Same as the center', own: 'Own hours',
    followHint: 'The same as the center: {hours}', ownHint: "These hours replace the center's for this room (a gym may open at 06:00), except on days the center is closed all day.",
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    closed: 'Closed', opens: 'Opens', closes: 'Closes', addInterval: 'Add hours', removeInterval: 'Remove hours',
    copyCenter: "Copy the center's hours", exceptions: 'Special dates', addException: 'Add a date', date: 'Date',
    closedAllDay: 'Closed all day', removeException: 'Remove', noExceptions: 'No special dates',
    centerClosed: 'Center closed', inverted: '{day}: the closing time must be after the opening time',
  },
}

export const roomErrorsEn = {
  invalid_room_hours: 'The opening hours are not valid ({detail})',
  outside_room_hours: "Outside the room's opening hours ({detail})",
  room_closed: 'The room is closed that day ({detail})',
}
