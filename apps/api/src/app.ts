import { randomUUID } from 'node:crypto'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import { Redis } from 'ioredis'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify from 'fastify'
import type { App } from './app-instance'
import type { Config } from './config'
import type { Database } from './db/database'
import { registerSessionHook } from './modules/auth/session.hook'
import { activitiesRoutes } from './modules/activities/activities.routes'
import { registerAudit } from './modules/audit/audit.hook'
import { auditRoutes } from './modules/audit/audit.routes'
import { listExportsRoutes } from './modules/list-exports/list-exports.routes'
import { importKindExportsRoutes } from './modules/list-exports/import-kind-exports.routes'
import { reportsRoutes } from './modules/reports/reports.routes'
import { districtRoutes } from './modules/district/district.routes'
import { volunteersRoutes } from './modules/volunteers/volunteers.routes'
import { serviceRequestsRoutes } from './modules/service-requests/service-requests.routes'
import { todayRoutes } from './modules/today/today.routes'
import { staffRoutes } from './modules/staff/staff.routes'
import { scheduleHorizonExtension } from './modules/activities/horizon'
import { authRoutes } from './modules/auth/auth.routes'
import { bookingsRoutes } from './modules/bookings/bookings.routes'
import { kindPoliciesRoutes } from './modules/bookings/kind-policies.routes'
import { occupancyRoutes } from './modules/occupancy/occupancy.routes'
import { calendarFeedsRoutes } from './modules/calendar-feeds/calendar-feeds.routes'
import { closuresRoutes } from './modules/closures/closures.routes'
import { scheduleBookingLifecycle } from './modules/bookings/lifecycle'
import { participationRoutes } from './modules/participation/participation.routes'
import { scheduleOfferTimer } from './modules/participation/offer-timer'
import { scheduleNoShowSweep } from './modules/participation/no-show-sweep'
import { registerResidentSessionHook } from './modules/residents/resident-session.hook'
import { residentsRoutes } from './modules/residents/residents.routes'
import { phoneCodesRoutes } from './modules/residents/phone-codes.routes'
import { accountRoutes } from './modules/residents/account.routes'
import { familyDeskRoutes } from './modules/family/family-desk.routes'
import { householdsRoutes } from './modules/households/households.routes'
import { organisationsRoutes } from './modules/organisations/organisations.routes'
import { familyRoutes } from './modules/family/family.routes'
import { proposalRoutes } from './modules/proposals/proposals.routes'
import { approvalsRoutes } from './modules/approvals/approvals.routes'
import { recordsRoutes } from './modules/records/records.routes'
import { coBuildingListsRoutes } from './modules/co-building-lists/lists.routes'
import { jointMeetingsRoutes } from './modules/joint-meetings/joint-meetings.routes'
import { assessmentRoutes } from './modules/assessment/assessment.routes'
import { coBuildingRoutes } from './modules/co-building/units.routes'
import { importsRoutes } from './modules/imports/imports.routes'
import { scheduleApprovalLapses } from './modules/approvals/lapse'
import { deskRegistrationRoutes } from './modules/residents/desk-registration.routes'
import { centersRoutes } from './modules/centers/centers.routes'
import { portabilityRoutes } from './modules/portability/portability.routes'
import { centerExists } from './modules/centers/centers.repository'
import { healthRoutes } from './modules/health/health.routes'
import { regionsRoutes } from './modules/regions/regions.routes'
import { roomsRoutes } from './modules/rooms/rooms.routes'
import { findScreenByToken, touchScreen } from './modules/screens/screens.repository'
import { createSeenBatch } from './modules/screens/seen-batch'
import { screensRoutes } from './modules/screens/screens.routes'
import { checkInCodesRoutes } from './modules/check-in-codes/check-in-codes.routes'
import { boardRoutes } from './modules/board/board.routes'
import { scheduleAnnouncementPushes } from './modules/board/announcement-pushes'
import { findSessionResident } from './modules/auth/sessions.repository'
import { notificationsRoutes } from './modules/notifications/notifications.routes'
import { scheduleNotificationWorker } from './modules/notifications/worker'
import { scheduleReminders } from './modules/notifications/reminders'
import { scheduleRoutes } from './modules/schedule/schedule.routes'
import { scheduleDailyBackup } from './modules/backups/daily-backup'
import { scheduleFileStoreSweep } from './modules/records/file-store-sweep'
import { registerErrorHandling } from './plugins/errors'
import { clientErrorHandler, frameworkErrors } from './plugins/framework-errors'
import { registerOpenApi } from './plugins/openapi'
import { registerRealtime } from './plugins/realtime'
import { registerSecurity } from './plugins/security'
import { registerCompression } from './plugins/compression'
import { type WebApp, registerStaticApps } from './plugins/static-apps'
import { registerValidation } from './plugins/validation'
import { type SchemaCompilation, serializersOnFirstUse } from './plugins/schema-compilers'
import { registerNulGuard } from './plugins/nul-guard'

export interface AppOptions {
  config: Config
  db: Database
  clock?: () => Date
  /** Pino logger options; tests pass false. */
  logger?: boolean | object
  /** The built SPAs to serve; defaults to apps/admin/dist and apps/kiosk/dist. */
  webApps?: WebApp[]
  /** Timers that maintain data (series horizons); tests run them by hand with their own clock. */
  backgroundJobs?: boolean
  /** The server compiles every route's schemas at start; tests, which build many apps, on first use (the default). */
  schemaCompilation?: SchemaCompilation
}

/** Builds the whole app without listening: plugins first, then features, then the SPAs. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config } = options
  const compilation = options.schemaCompilation ?? 'on-first-use'
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // Trust only the hop in front (our proxy), so the client address is the last one it appended;
    // trusting every hop would let a client forge its address in X-Forwarded-For.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop === 0 : false,
    bodyLimit: 256 * 1024,
    // Unique across restarts and replicas, so an audit entry's request id finds its log lines.
    genReqId: () => randomUUID(),
    frameworkErrors,
    clientErrorHandler,
    // Responses are serialized with their own Ajv; it only needs to know our format names exist.
    serializerOpts: { ajv: { formats: { 'time-zone': true, 'local-date': true, 'local-date-time': true, 'year-month': true } } },
    ...(compilation === 'on-first-use' && { schemaController: { compilersFactory: { buildSerializer: serializersOnFirstUse() } } }),
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.decorate('config', config)
  app.decorate('db', options.db)
  app.decorate('clock', options.clock ?? (() => new Date()))

  // The API speaks JSON only; anything else is a 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain')
  registerValidation(app, compilation)
  registerNulGuard(app)
  registerErrorHandling(app)
  await registerSecurity(app)
  // Before any route: the plugin hooks each route as it is added.
  await registerCompression(app)
  await app.register(cookie)
  // Limits are opted into per route (sign-in, sign-up, preview, booking); the store is per process for now.
  // With several replicas the counters live in Redis, so a client cannot multiply its allowance.
  const rateLimitRedis = config.redisUrl ? new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 }) : undefined
  if (rateLimitRedis) app.addHook('onClose', async () => void (await rateLimitRedis.quit().catch(() => undefined)))
  await app.register(rateLimit, {
    global: false,
    ...(rateLimitRedis && { redis: rateLimitRedis, nameSpace: 'linli-rate-limit:' }),
    // After the session hooks, so a signed-in person is limited as themselves, others by address.
    hook: 'preHandler',
    keyGenerator: (request) => request.actor?.id ?? request.residentId ?? request.ip,
    errorResponseBuilder: (_req, ctx) => ({ statusCode: 429, code: 'rate_limited', message: `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s` }),
  })
  await registerOpenApi(app)
  const screensSeen = createSeenBatch(options.db, () => app.clock())
  app.decorate('screensSeen', screensSeen)
  app.addHook('onClose', () => screensSeen.close())
  app.decorate('realtime', registerRealtime(app, {
    redisUrl: config.redisUrl,
    centerExists: (id) => centerExists(options.db, id),
    authenticateScreen: async (token) => {
      const s = await findScreenByToken(options.db, token)
      return s && { id: s.id, centerId: s.center_id }
    },
    screenSeen: (id) => touchScreen(options.db, id, app.clock()),
    screenBeat: (id, appVersion) => screensSeen.seen(id, appVersion),
    authenticateResident: async (token) => (await findSessionResident(options.db, token, app.clock()))?.id,
  }))
  registerSessionHook(app)
  registerResidentSessionHook(app)
  registerAudit(app)

  await app.register(healthRoutes)
  await app.register(authRoutes, { prefix: '/api/auth' })
  await app.register(regionsRoutes, { prefix: '/api' })
  await app.register(centersRoutes, { prefix: '/api' })
  await app.register(portabilityRoutes, { prefix: '/api' })
  await app.register(roomsRoutes, { prefix: '/api' })
  await app.register(activitiesRoutes, { prefix: '/api' })
  await app.register(scheduleRoutes, { prefix: '/api' })
  await app.register(residentsRoutes, { prefix: '/api' })
  await app.register(phoneCodesRoutes, { prefix: '/api' })
  await app.register(accountRoutes, { prefix: '/api' })
  await app.register(familyRoutes, { prefix: '/api' })
  await app.register(familyDeskRoutes, { prefix: '/api' })
  await app.register(householdsRoutes, { prefix: '/api' })
  await app.register(organisationsRoutes, { prefix: '/api' })
  await app.register(proposalRoutes, { prefix: '/api' })
  await app.register(deskRegistrationRoutes, { prefix: '/api' })
  await app.register(bookingsRoutes, { prefix: '/api' })
  await app.register(kindPoliciesRoutes, { prefix: '/api' })
  await app.register(occupancyRoutes, { prefix: '/api' })
  await app.register(screensRoutes, { prefix: '/api' })
  await app.register(checkInCodesRoutes, { prefix: '/api' })
  await app.register(boardRoutes, { prefix: '/api' })
  await app.register(staffRoutes, { prefix: '/api' })
  await app.register(auditRoutes, { prefix: '/api' })
  await app.register(participationRoutes, { prefix: '/api' })
  await app.register(reportsRoutes, { prefix: '/api' })
  await app.register(districtRoutes, { prefix: '/api' })
  await app.register(volunteersRoutes, { prefix: '/api' })
  await app.register(serviceRequestsRoutes, { prefix: '/api' })
  await app.register(todayRoutes, { prefix: '/api' })
  await app.register(notificationsRoutes, { prefix: '/api' })
  await app.register(calendarFeedsRoutes, { prefix: '/api' })
  await app.register(closuresRoutes, { prefix: '/api' })
  await app.register(approvalsRoutes, { prefix: '/api' })
  await app.register(recordsRoutes, { prefix: '/api' })
  await app.register(coBuildingListsRoutes, { prefix: '/api' })
  await app.register(jointMeetingsRoutes, { prefix: '/api' })
  await app.register(assessmentRoutes, { prefix: '/api' })
  await app.register(coBuildingRoutes, { prefix: '/api' })
  await app.register(importsRoutes, { prefix: '/api' })
  await app.register(listExportsRoutes, { prefix: '/api' })
  await app.register(importKindExportsRoutes, { prefix: '/api' })
  await registerStaticApps(app, options.webApps)
  if (options.backgroundJobs ?? true) {
    scheduleHorizonExtension(app)
    scheduleBookingLifecycle(app)
    scheduleOfferTimer(app)
    scheduleNoShowSweep(app)
    scheduleApprovalLapses(app)
    scheduleAnnouncementPushes(app)
    scheduleNotificationWorker(app)
    scheduleReminders(app)
    scheduleDailyBackup(app)
    scheduleFileStoreSweep(app)
  }
  return app
}
