import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { volunteerStandingRoutes } from './leaderboard.routes'
import { volunteerServiceRoutes } from './service.routes'
import { volunteerTeamsRoutes } from './teams.routes'

/** Volunteer teams (志愿服务队), their members, service hours, points, stars and the lobby leaderboard. */
export const volunteersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  await app.register(volunteerTeamsRoutes)
  await app.register(volunteerServiceRoutes)
  await app.register(volunteerStandingRoutes)
}
