import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { checkInsRoutes } from './check-ins.routes'
import { groupsRoutes } from './groups.routes'
import { participationPolicyRoutes } from './policy.routes'
import { registrationsRoutes } from './registrations.routes'
import { suspensionsRoutes } from './suspensions.routes'

/** Sign-ups with a waitlist, check-in, target groups and the center's participation rules. */
export const participationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(registrationsRoutes)
  await app.register(checkInsRoutes)
  await app.register(groupsRoutes)
  await app.register(participationPolicyRoutes)
  await app.register(suspensionsRoutes)
}
