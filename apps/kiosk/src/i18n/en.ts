import { closureMessages, roomMessages, seatMessages } from '@linli/web-shared'
import type zhCN from './zh-CN'
import kiosk from '../features/boards/messages/en'

const en: typeof zhCN = {
  app: { title: 'Linli · Lobby screen' },
  pick: {
    title: 'Choose the service center this screen shows',
    hint: 'The screen keeps showing the chosen center.',
    loading: 'Loading service centers…',
    empty: 'There are no service centers yet. Add one in the admin app first.',
    rooms: '{n} rooms',
  },
  lobby: {
    loading: 'Loading the center…',
    errorTitle: 'The center cannot be shown right now',
    errorBody: 'Please wait: the screen retries every 10 seconds.',
  },
  room: roomMessages.en,
  // The wall screens: pairing, lobby, door and week boards.
  kiosk,
  // The seats left under a lobby's sign-up codes (seatText keys).
  participation: { seats: seatMessages.en },
  // 闭馆 / 暂停开放 lines on the lobby and door boards.
  closure: closureMessages.en,
}

export default en
