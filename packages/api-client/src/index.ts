import type {
  Activity, ActivityCreate, ActivitySplit, ActivityUpdate, ConflictCheck, Occurrence, OccurrenceUpdate,
  RangeQuery, RecurrencePreview, RecurrencePreviewBody, Schedule,
  Center, CenterCreate, CenterListQuery, CenterUpdate, LoginBody, Me, Region, RegionCreate,
  RegionUpdate, Room, RoomCreate, RoomListQuery, RoomUpdate,
} from '@linli/contracts'
import { type ClientOptions, createHttp } from './http'

export { ApiError, type ClientOptions } from './http'

type Items<T> = { items: T[] }

/** Typed functions for every API endpoint, shared by the admin and kiosk apps. */
export function createApiClient(options: ClientOptions = {}) {
  const http = createHttp(options)
  const id = encodeURIComponent
  return {
    login: (body: LoginBody) => http<Me>('POST', '/api/auth/login', body),
    logout: () => http<void>('POST', '/api/auth/logout'),
    getMe: () => http<Me>('GET', '/api/auth/me'),

    listRegions: () => http<Items<Region>>('GET', '/api/regions'),
    createRegion: (body: RegionCreate) => http<Region>('POST', '/api/regions', body),
    updateRegion: (regionId: string, body: RegionUpdate) => http<Region>('PATCH', `/api/regions/${id(regionId)}`, body),

    listCenters: (query: CenterListQuery = {}) => http<Items<Center>>('GET', '/api/centers', undefined, query),
    getCenter: (centerId: string) => http<Center>('GET', `/api/centers/${id(centerId)}`),
    createCenter: (body: CenterCreate) => http<Center>('POST', '/api/centers', body),
    updateCenter: (centerId: string, body: CenterUpdate) => http<Center>('PATCH', `/api/centers/${id(centerId)}`, body),
    deleteCenter: (centerId: string) => http<void>('DELETE', `/api/centers/${id(centerId)}`),

    listRooms: (centerId: string, query: RoomListQuery = {}) =>
      http<Items<Room>>('GET', `/api/centers/${id(centerId)}/rooms`, undefined, query),
    getRoom: (roomId: string) => http<Room>('GET', `/api/rooms/${id(roomId)}`),
    createRoom: (centerId: string, body: RoomCreate) => http<Room>('POST', `/api/centers/${id(centerId)}/rooms`, body),
    updateRoom: (roomId: string, body: RoomUpdate) => http<Room>('PATCH', `/api/rooms/${id(roomId)}`, body),
    deleteRoom: (roomId: string) => http<void>('DELETE', `/api/rooms/${id(roomId)}`),

    previewRecurrence: (body: RecurrencePreviewBody) => http<RecurrencePreview>('POST', '/api/recurrence/preview', body),
    getSchedule: (centerId: string, query: RangeQuery = {}) =>
      http<Schedule>('GET', `/api/centers/${id(centerId)}/schedule`, undefined, query),
    calendarUrl: (centerId: string, query: Pick<RangeQuery, 'roomId' | 'category'> = {}) => {
      const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])
      return `${options.baseUrl ?? ''}/api/centers/${id(centerId)}/calendar.ics${qs.size ? `?${qs}` : ''}`
    },
    listOccurrences: (centerId: string, query: RangeQuery = {}) =>
      http<Items<Occurrence>>('GET', `/api/centers/${id(centerId)}/occurrences`, undefined, query),
    updateOccurrence: (occurrenceId: string, body: OccurrenceUpdate) =>
      http<Occurrence>('PATCH', `/api/occurrences/${id(occurrenceId)}`, body),
    getActivity: (activityId: string) => http<Activity>('GET', `/api/activities/${id(activityId)}`),
    createActivity: (centerId: string, body: ActivityCreate) =>
      http<Activity>('POST', `/api/centers/${id(centerId)}/activities`, body),
    checkActivity: (centerId: string, body: ActivityCreate, activityId?: string) =>
      http<ConflictCheck>('POST', `/api/centers/${id(centerId)}/activities/check`, body, activityId ? { activityId } : undefined),
    updateActivity: (activityId: string, body: ActivityUpdate) =>
      http<Activity>('PATCH', `/api/activities/${id(activityId)}`, body),
    splitActivity: (activityId: string, body: ActivitySplit) =>
      http<Activity>('POST', `/api/activities/${id(activityId)}/split`, body),
    deleteActivity: (activityId: string) => http<void>('DELETE', `/api/activities/${id(activityId)}`),
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
