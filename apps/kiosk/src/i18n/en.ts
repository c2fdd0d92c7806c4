import type zhCN from './zh-CN'
import phone from '../features/booking/messages/en'
import account from '../features/account/messages/en'

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
    notFound: 'This service center was not found. Staff, please choose again.',
    chooseAnother: 'Choose another center',
    retrying: 'Connection lost, reconnecting…',
    emptyRooms: 'No rooms are registered for this center yet.',
    roomsHeading: 'Rooms',
    todayPlaceholder: 'Today\'s activities will appear here',
    page: 'Page {page} of {count}',
  },
  room: {
    floor: 'Floor {n}',
    basement: 'Basement {n}',
    ground: 'Ground floor',
    capacity: 'Seats {n}',
  },
  m: phone,
  account,
}

export default en
