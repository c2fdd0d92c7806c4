import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams, ParticipationPolicy, ParticipationPolicyPatch, errorResponses } from '@linli/contracts'
import { badRequest } from '../../plugins/errors'
import { assertCenterAccess } from '../auth/policy'
import { requireActor } from '../auth/session.hook'
import { effectiveParticipationPolicy, participationPolicyOf } from './policy'
import { setParticipationPolicy, storedParticipationPolicy } from './policy.repository'

export const participationPolicyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['participation']

  app.get(
    '/centers/:id/participation-policy',
    { schema: { tags, summary: "A center's rules for sign-ups, check-in and volunteer points (defaults where unset)", params: IdParams, response: { 200: ParticipationPolicy, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'manage_participation')
      return participationPolicyOf(app.db, request.params.id)
    },
  )

  app.patch(
    '/centers/:id/participation-policy',
    { schema: { tags, summary: "Change some of a center's participation rules (managers)", params: IdParams, body: ParticipationPolicyPatch, response: { 200: ParticipationPolicy, ...errorResponses } } },
    async (request) => {
      await assertCenterAccess(app.db, requireActor(request), request.params.id, 'edit_participation_policy')
      const stored = await storedParticipationPolicy(app.db, request.params.id)
      const next = { ...stored, ...request.body }
      const thresholds = next.starThresholds
      if (thresholds && thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1]!))
        throw badRequest('invalid_policy', 'starThresholds must go up: each star needs more points than the one before', [{ path: 'body/starThresholds', message: 'must be strictly ascending' }])
      const noShowRule = [next.noShowLimit ?? null, next.noShowWindowDays ?? null, next.suspensionDays ?? null]
      if (noShowRule.some((v) => v === null) && noShowRule.some((v) => v !== null))
        throw badRequest('invalid_policy', 'The no-show rule needs all of noShowLimit, noShowWindowDays and suspensionDays, or none of them (off)',
          [{ path: 'body/noShowLimit', message: 'set all three no-show numbers, or set all three to null' }])
      await setParticipationPolicy(app.db, request.params.id, next)
      const after = effectiveParticipationPolicy(next)
      await request.audit({ entity: 'participation_policy', entityId: request.params.id, action: 'update', centerId: request.params.id, before: effectiveParticipationPolicy(stored), after })
      app.realtime.centerChanged(request.params.id, 'participation')
      return after
    },
  )
}
