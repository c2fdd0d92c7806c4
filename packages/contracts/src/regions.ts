import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'

export const REGION_LEVELS = ['district', 'subdistrict', 'community'] as const
export const RegionLevel = Type.Union(REGION_LEVELS.map((l) => Type.Literal(l)))
export type RegionLevel = Static<typeof RegionLevel>

export const Region = Type.Object({
  id: Id,
  parentId: Type.Union([Id, Type.Null()]),
  level: RegionLevel,
  name: Type.String(),
  createdAt: Timestamp,
})
export type Region = Static<typeof Region>

export const RegionCreate = Type.Object(
  {
    parentId: Type.Union([Id, Type.Null()]),
    level: RegionLevel,
    name: Text(60),
  },
  { additionalProperties: false },
)
export type RegionCreate = Static<typeof RegionCreate>

export const RegionUpdate = Type.Object({ name: Text(60) }, { additionalProperties: false })
export type RegionUpdate = Static<typeof RegionUpdate>
