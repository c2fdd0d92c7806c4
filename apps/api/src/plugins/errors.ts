import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import type { ErrorBody } from '@linli/contracts'
import { formatMessages } from './validation'

/** An error meant for the client: its status, stable code and message are sent as they are. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorBody['details'],
    /** Extra fields for the body, e.g. the `conflicts` of a 409 slot_taken. */
    readonly extra?: Pick<ErrorBody, 'conflicts'>,
  ) {
    super(message)
  }
}

export const badRequest = (code: string, message: string, details?: ErrorBody['details']) =>
  new AppError(400, code, message, details)
export const unauthorized = (message = 'Sign in first') => new AppError(401, 'unauthorized', message)
export const forbidden = (message = 'You may not do this') => new AppError(403, 'forbidden', message)
export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`)
export const conflict = (code: string, message: string) => new AppError(409, code, message)

/** Human messages for the constraints a client can run into. */
const constraintMessages: Record<string, [code: string, message: string]> = {
  regions_parent_name_key: ['duplicate_name', 'A region with this name already exists here'],
  centers_name_key: ['duplicate_name', 'A center with this name already exists'],
  rooms_center_name_key: ['duplicate_name', 'A room with this name already exists in this center'],
  staff_username_key: ['duplicate_username', 'This username is taken'],
  residents_phone_key: ['phone_registered', 'This phone number already has an account; sign in instead'],
  volunteer_teams_name_key: ['duplicate_name', 'A volunteer team with this name already exists in this center'],
  volunteer_members_key: ['already_member', 'This resident is already a member of this team'],
  volunteer_members_consent: ['alias_required', 'A member shown on the leaderboard needs a public alias'],
  resident_groups_name_key: ['duplicate_name', 'A group with this name already exists in this center'],
  family_links_pair_key: ['family_already_linked', 'You already act for this resident'],
  family_links_not_self: ['family_self', 'A resident cannot act for themselves'],
  closures_no_overlap: ['closure_overlap', 'Another closure already covers part of this time'],
  closures_not_past: ['closure_in_past', 'This closure would end before now'],
  proposals_open_limit: ['proposal_limit', 'A resident can have at most 5 proposals waiting at once'],
  proposals_transition: ['proposal_wrong_state', 'The proposal is not in a state that allows this'],
  occupancy_readings_count_range: ['check_violation', 'A people count must be between 0 and 5000'],
  room_kind_policies_quota_positive: ['check_violation', 'A booking quota must be at least 1'],
  household_members_one_household: ['resident_in_other_household', 'This resident already belongs to another household'],
  organisations_center_name_key: ['duplicate_name', 'An organisation with this name already exists in this center'],
  organisations_region_name_key: ['duplicate_name', 'An organisation with this name already exists in this region'],
  family_links_limit: ['family_limit', 'One resident can act for at most 5 family members, and at most 5 people can act for one resident'],
}

/**
 * Constraints whose route checks first and refuses with 400 (bad input, issue 15): a request that
 * slipped past the check in a race answers the same status and code as the plain refusal.
 */
const inputConstraints = new Set(['closures_no_overlap', 'household_members_one_household'])

const statusCodes: Record<number, string> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  406: 'not_acceptable', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type',
  429: 'rate_limited',
}

interface DatabaseError { code: string; constraint?: string }
const isDatabaseError = (e: unknown): e is DatabaseError =>
  typeof e === 'object' && e !== null && typeof (e as DatabaseError).code === 'string' &&
  /^[0-9A-Z]{5}$/.test((e as DatabaseError).code)

/** Maps a database error a client caused to a 4xx; undefined means it is our fault (5xx). */
function fromDatabase(e: DatabaseError): AppError | undefined {
  const known = e.constraint ? constraintMessages[e.constraint] : undefined
  if (known && inputConstraints.has(e.constraint!)) return badRequest(known[0], known[1])
  switch (e.code) {
    case '23505': return conflict(known?.[0] ?? 'duplicate', known?.[1] ?? 'This already exists')
    case '23P01': return conflict(known?.[0] ?? 'overlap', known?.[1] ?? 'This overlaps with something that already exists')
    case '23503': return conflict('in_use', 'This is still referenced by other records')
    case '23514': return badRequest('check_violation', known?.[1] ?? 'A value is out of range')
    case '22P02': case '22007': case '22008': return badRequest('invalid_value', 'A value has the wrong format')
    // A NUL character (U+0000) is valid JSON but PostgreSQL stores it in neither text (22021) nor jsonb (22P05).
    case '22021': case '22P05': return badRequest('invalid_value', 'A text contains a character that cannot be stored (U+0000)')
    case '22001': return badRequest('value_too_long', 'A value is too long')
    // Lost a race with another writer: nothing was written; trying again is safe.
    case '40P01': case '40001': return conflict('try_again', 'Someone else changed this at the same moment; try again')
    default: return undefined
  }
}

function toBody(error: FastifyError | AppError | Error): ErrorBody | undefined {
  if (error instanceof AppError)
    return { statusCode: error.statusCode, code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}), ...error.extra }
  const fe = error as FastifyError
  if (fe.validation) {
    const context = fe.validationContext ?? 'request'
    const details = fe.validation.map((v) => {
      const params = v.params as { additionalProperty?: string; format?: string }
      const extra = params.additionalProperty
      return {
        path: `${context}${v.instancePath}${extra ? `/${extra}` : ''}`,
        message: extra ? 'is not a known property' : ((params.format && formatMessages[params.format]) ?? v.message ?? 'is invalid'),
      }
    })
    return { statusCode: 400, code: 'validation_failed', message: details.map((d) => `${d.path} ${d.message}`).join('; '), details }
  }
  if (isDatabaseError(error)) {
    const mapped = fromDatabase(error)
    return mapped && toBody(mapped)
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500)
    return { statusCode: fe.statusCode, code: statusCodes[fe.statusCode] ?? 'bad_request', message: fe.message }
  return undefined
}

/**
 * The request found no working database: the server is down, frozen, refusing connections or
 * shutting down, or a statement ran out of time. None of this is the client's fault or a bug here,
 * and asking again shortly is the right move.
 */
const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now (starting or recovering)
  '53300', // too many connections
  '57014', // query canceled: statement_timeout
])
// 55000 is not an outage code in general; at connect it means the database was closed to new
// connections (ALTER DATABASE … ALLOW_CONNECTIONS false).
const unavailableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout)|is not queryable|is not currently accepting connections/

/** The code or message that marks `error` (or its cause) as a database outage, if it is one. */
export function databaseOutage(error: unknown): string | undefined {
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as Error).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    // SQLSTATE class 08: connection exceptions.
    if (typeof code === 'string' && (unavailableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return code
    if (typeof message === 'string' && unavailableMessages.test(message)) return message
  }
  return undefined
}

const RETRY_AFTER_SECONDS = 5

export const sendDatabaseUnavailable = (reply: FastifyReply) =>
  reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS)).send({
    statusCode: 503, code: 'database_unavailable', message: 'The database is not answering right now; try again in a few seconds',
  } satisfies ErrorBody)

/** The one error handler: uniform bodies, 4xx for the client's mistakes, no internals leaked. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const outage = databaseOutage(error)
    if (outage) {
      // Expected during an outage and not a bug: one line without a stack, so it does not bury real 500s.
      request.log.warn({ url: request.url, method: request.method, reason: outage }, 'database unavailable')
      return sendDatabaseUnavailable(reply)
    }
    const body = toBody(error)
    // A service we depend on refused (the file store's bucket, say): the client gets the 503 as it
    // is, the log the reason it must not see.
    if (body && body.statusCode >= 500)
      request.log.warn({ url: request.url, method: request.method, code: body.code, reason: (error as { reason?: unknown }).reason }, 'request failed: a service is unavailable')
    if (body) return reply.status(body.statusCode).send(body)
    request.log.error({ err: error, url: request.url, method: request.method }, 'request failed')
    return reply.status(500).send({ statusCode: 500, code: 'internal_error', message: 'Something went wrong on our side' })
  })
}
