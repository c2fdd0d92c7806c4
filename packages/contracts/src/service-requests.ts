import { type Static, Type } from '@sinclair/typebox'
import { Id, Text, Timestamp } from './common'
import { LocalDate, OffsetDateTime } from './activities'

export const SERVICE_REQUEST_CATEGORIES = [
  'policy', 'social_security', 'legal_aid', 'family_mediation', 'property', 'environment', 'employment', 'elderly_care', 'other',
] as const
export const ServiceRequestCategory = Type.Union(SERVICE_REQUEST_CATEGORIES.map((c) => Type.Literal(c)))
export type ServiceRequestCategory = Static<typeof ServiceRequestCategory>

export const SERVICE_REQUEST_STATUSES = ['registered', 'resolved_on_spot', 'transferred', 'closed'] as const
export const ServiceRequestStatus = Type.Union(SERVICE_REQUEST_STATUSES.map((s) => Type.Literal(s)))
export type ServiceRequestStatus = Static<typeof ServiceRequestStatus>

const Phone = Type.String({ pattern: '^[0-9+\\-() ]{5,20}$' })

/** Logged by staff at the service hall; the visitor may stay anonymous (no name, phone or resident). */
export const ServiceRequestCreate = Type.Object(
  {
    receivedAt: Type.Optional(OffsetDateTime),
    category: ServiceRequestCategory,
    description: Text(2000),
    residentId: Type.Optional(Type.Union([Id, Type.Null()])),
    visitorName: Type.Optional(Type.Union([Text(40), Type.Null()])),
    visitorPhone: Type.Optional(Type.Union([Phone, Type.Null()])),
    /** Handled at once: stored as resolved_on_spot with this resolution. */
    resolvedOnSpot: Type.Optional(Type.Boolean()),
    resolution: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
)
export type ServiceRequestCreate = Static<typeof ServiceRequestCreate>

/** The next step of a request: transfer to a department, or close it. */
export const ServiceRequestAction = Type.Union([
  Type.Object({ action: Type.Literal('resolve_on_spot'), resolution: Text(2000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('transfer'), department: Text(80) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('close'), resolution: Text(2000) }, { additionalProperties: false }),
])
export type ServiceRequestAction = Static<typeof ServiceRequestAction>

export const ServiceRequest = Type.Object({
  id: Id, centerId: Id, receivedAt: OffsetDateTime, category: ServiceRequestCategory, description: Type.String(),
  residentId: Type.Union([Id, Type.Null()]), visitorName: Type.Union([Type.String(), Type.Null()]), visitorPhone: Type.Union([Type.String(), Type.Null()]),
  status: ServiceRequestStatus, department: Type.Union([Type.String(), Type.Null()]),
  transferredAt: Type.Union([Timestamp, Type.Null()]), closedAt: Type.Union([Timestamp, Type.Null()]), resolution: Type.String(),
  createdAt: Timestamp,
})
export type ServiceRequest = Static<typeof ServiceRequest>

export const ServiceRequestListQuery = Type.Object(
  {
    from: Type.Optional(LocalDate), to: Type.Optional(LocalDate), status: Type.Optional(ServiceRequestStatus),
    category: Type.Optional(ServiceRequestCategory), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
)
export type ServiceRequestListQuery = Static<typeof ServiceRequestListQuery>

/** One page of a center's requests, newest first, and how many match the filters in all. */
export const ServiceRequestPage = Type.Object({ items: Type.Array(ServiceRequest), total: Type.Integer() })
export type ServiceRequestPage = Static<typeof ServiceRequestPage>
