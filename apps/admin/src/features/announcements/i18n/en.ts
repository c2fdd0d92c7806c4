import type announcementsZh from './zh-CN'

/** English texts of announcements and emergency notices; same shape as the Chinese ones. */
const announcementsEn: typeof announcementsZh = {
  announcements: {
    title: 'Announcements & emergencies', listTitle: 'Announcements', new: 'New announcement', newTitle: 'New announcement', publish: 'Publish', created: 'Announcement published',
    text: 'Text', textPlaceholder: 'e.g. Free clinic on Saturday 9:00 in the multi-function hall, all residents welcome.',
    target: 'Audience', thisCenter: 'This center', wholeRegion: 'A whole region', region: 'Region', aRegion: 'Parent region',
    regionHint: 'Every center in this region shows it on its screens.',
    startsAt: 'Starts', endsAt: 'Ends', when: 'Shown', zoneHint: 'In the center’s time zone ({zone})',
    priority: 'Priority', priorities: { normal: 'Normal', high: 'Important' },
    status: 'Status', statuses: { current: 'Running', scheduled: 'Scheduled', ended: 'Ended' },
    empty: 'No announcements for this center yet.', deleteConfirm: 'Delete this announcement? Screens stop showing it at once.',
    viewOnly: 'Read-only: announcements and emergencies are published by the center manager or district administrators.',
  },
  emergency: {
    section: 'Emergency notice', new: 'Publish emergency notice', newTitle: 'Publish emergency notice', publish: 'Publish now',
    title: 'Title', titlePlaceholder: 'e.g. Closed today', message: 'Message', messagePlaceholder: 'e.g. Due to a power cut the center is closed today. Please stay safe.',
    duration: 'Duration', durations: { '30': '30 min', '60': '1 hour', '120': '2 hours', until: 'Until…' }, until: 'Ends',
    untilFuture: 'The end must be in the future',
    warning: 'Every affected screen will immediately show this message full-screen, until it ends or is cleared.',
    confirm: 'I have checked the message; publish it now', confirmRequired: 'Please tick the confirmation first',
    published: 'Emergency notice published; screens are switching over', none: 'No emergency notice is active.',
    activeTitle: 'Screens are showing an emergency notice: {title}', activeMeta: 'Audience: {target} · from {start} until {end}',
    clear: 'Clear', clearConfirm: 'Clear the emergency notice “{title}”? Screens go back to normal.', cleared: 'Emergency notice cleared',
  },
}

export default announcementsEn
