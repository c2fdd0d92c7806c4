import type zh from './records.zh-CN'

/** Our activities: the records a center published, on the phone. */
const en: typeof zh = {
  open: 'Our activities', openHint: 'See what the center has done lately',
  list: { title: 'Our activities', empty: 'This center has not published any activity records yet', loadFailed: 'The activity records cannot be read now', photos: '{n} photo | {n} photos' },
  record: {
    title: 'Activity record', notFound: 'This record was taken down or does not exist', back: 'Back to our activities', organiser: 'Organised by {name}', checkedIn: '{n} took part',
    views: '{n} view | {n} views', photo: 'Photo {n}', published: 'Published {date}',
  },
}
export default en
