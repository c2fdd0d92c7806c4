import type {
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
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
