import type { FormItemRule, FormRules } from 'element-plus'
import type { Room, RoomAccess, RoomCreate, RoomKind } from '@linli/contracts'

/** What the room dialog edits; numbers may be '' while the field is empty. */
export interface RoomForm {
  name: string
  kind: RoomKind | ''
  capacity: number | ''
  floor: number | ''
  access: RoomAccess
  requiresApproval: boolean
  amenities: string[]
  description: string
  active: boolean
}

/** Contract limits (packages/contracts/src/rooms.ts), repeated here for messages that name them. */
export const ROOM_LIMITS = {
  name: 60, capacityMin: 1, capacityMax: 5000, floorMin: -5, floorMax: 200,
  amenities: 20, amenity: 30, description: 500,
} as const

export const AMENITY_SUGGESTIONS = [
  '投影仪', '音响', '麦克风', '空调', '白板', '电视', '桌椅', '无线网络', '饮水机', '钢琴', '无障碍通道', '急救箱',
]

export function toRoomForm(room?: Room | null): RoomForm {
  if (!room) {
    return {
      name: '', kind: '', capacity: '', floor: 1, access: 'resident', requiresApproval: true,
      amenities: [], description: '', active: true,
    }
  }
  const { name, kind, capacity, floor, access, requiresApproval, amenities, description, active } = room
  return { name, kind, capacity, floor, access, requiresApproval, amenities: [...amenities], description, active }
}

/** The request body; a complete body is also a valid PATCH (RoomUpdate). Call after validation. */
export function toRoomBody(form: RoomForm): RoomCreate {
  const amenities = [...new Set(form.amenities.map((a) => a.trim()).filter(Boolean))]
  return {
    name: form.name.trim(),
    kind: form.kind as RoomKind,
    capacity: Number(form.capacity),
    floor: Number(form.floor),
    access: form.access,
    requiresApproval: form.requiresApproval,
    amenities,
    description: form.description.trim(),
    active: form.active,
  }
}

type T = (key: string, params?: Record<string, unknown>) => string

export function roomRules(t: T): FormRules<RoomForm> {
  const L = ROOM_LIMITS
  const integer = (field: string, min: number, max: number): FormItemRule => ({
    required: true, type: 'integer', min, max, trigger: 'blur',
    message: t('validation.integerRange', { field: t(field), min, max }),
  })
  return {
    name: [
      { required: true, whitespace: true, trigger: 'blur', message: t('validation.required', { field: t('rooms.name') }) },
      { max: L.name, trigger: 'blur', message: t('validation.maxLength', { field: t('rooms.name'), max: L.name }) },
    ],
    kind: [{ required: true, trigger: 'change', message: t('validation.select', { field: t('rooms.kind') }) }],
    capacity: [integer('rooms.capacity', L.capacityMin, L.capacityMax)],
    floor: [integer('rooms.floor', L.floorMin, L.floorMax)],
    access: [{ required: true, trigger: 'change', message: t('validation.select', { field: t('rooms.access') }) }],
    amenities: [
      { type: 'array', max: L.amenities, trigger: 'change', message: t('validation.amenityCount', { max: L.amenities }) },
      {
        trigger: 'change',
        validator: (_r, v: string[], cb) =>
          cb(v.some((a) => a.trim().length > L.amenity) ? new Error(t('validation.amenityLength', { max: L.amenity })) : undefined),
      },
    ],
    description: [
      { max: L.description, trigger: 'blur', message: t('validation.maxLength', { field: t('rooms.description'), max: L.description }) },
    ],
  }
}
