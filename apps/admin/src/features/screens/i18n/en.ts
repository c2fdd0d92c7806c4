import type screensZh from './zh-CN'

/** English texts of the screens feature; same shape as the Chinese ones. */
const screensEn: typeof screensZh = {
  screens: {
    title: 'Screens', pair: 'Pair a new screen', pairTitle: 'Pair a new screen', settingsTitle: 'Screen settings', pairSave: 'Pair',
    name: 'Name', namePlaceholder: 'e.g. Ground floor lobby', layout: 'Layout', language: 'Language', room: 'Room', pickRoom: 'Pick the room of this door panel',
    roomRequired: 'A door panel needs its room', code: 'Pairing code', codeInvalid: 'The code is 6 letters or digits (no 0, 1, I or O)',
    status: 'Status', lastSeen: 'Last seen', appVersion: 'Version', neverSeen: 'Never connected',
    layouts: { lobby: 'Lobby board', door: 'Door panel', week: 'Week view' },
    languages: { 'zh-CN': '中文', en: 'English' },
    panelInches: 'Panel size', inches: 'inches (diagonal)', viewingDistance: 'Viewing distance', metres: 'm',
    showRecords: 'Show activity records', showRecordsHint: 'When on, the lobby board shows the center’s published activity records that have photos.',
    sizeHint: 'The screen scales its text from these so the smallest text can be read from that distance (about 25 mm letter height per 3 m). Default: 55 inches at 3 m.',
    statuses: { online: 'Online', waiting: 'Waiting to connect', offline: 'Offline', stale: 'Offline over 2 min' },
    settings: 'Settings', move: 'Move to…', reload: 'Reload', identify: 'Identify', revoke: 'Revoke',
    howTitle: 'How to get the pairing code',
    howOpen: 'On the screen, open', howCode: 'It shows a 6-character pairing code; type it below.',
    howExpired: 'A code is valid for 30 minutes; if it is refused, reload the screen for a new one.',
    paired: 'Screen paired; it starts showing content in a few seconds',
    moveTitle: 'Move “{name}”', moveHint: 'The screen will show the chosen center instead; a door panel loses its room and needs a new one.',
    moveSave: 'Move', moved: 'Moved to “{name}”',
    offlineCommand: '“{name}” is not online and will not get this command; check the screen’s power and network',
    reloadSent: '“{name}” was told to reload now', identifySent: '“{name}” shows its name for 10 seconds',
    revokeTitle: 'Revoke screen', revokeConfirm: '“{name}” stops showing content at once and goes back to showing a pairing code. Revoke it?',
    revoked: '“{name}” revoked',
    empty: 'No screens paired yet. Open /kiosk/ on a screen, then click “Pair a new screen”.',
    viewOnly: 'Read-only: screens are managed by the center manager or district administrators.',
    pollHint: 'The list refreshes every 30 seconds.', pollFailed: 'Automatic refresh failed: {message}',
  },
}

export default screensEn
