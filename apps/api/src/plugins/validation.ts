import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import { dateFormats } from '@linli/contracts'
import { type SchemaCompilation, validatorOnFirstUse } from './schema-compilers'

/** IANA names only (no offsets or abbreviations), and only those the runtime's tz database knows. */
export function isTimeZone(value: string): boolean {
  if (!/^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/.test(value)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** Hyphenated hex only: ajv-formats' uuid also takes a `urn:uuid:` prefix, which the database does not. */
const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i
const LOWER_CASE_ID = 'x-lower-case-id'

/**
 * The schema as compiled: every uuid string also carries LOWER_CASE_ID. A copy, so the contracts
 * (and the OpenAPI document made from them) stay as written.
 */
function withLowerCaseIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withLowerCaseIds)
  if (!schema || typeof schema !== 'object') return schema
  const copy: Record<string | symbol, unknown> = { ...schema }
  for (const key of Object.keys(copy)) copy[key] = withLowerCaseIds(copy[key])
  if (copy.format === 'uuid') copy[LOWER_CASE_ID] = true
  return copy
}

function makeAjv(coerceTypes: false | 'array') {
  // removeAdditional off: unknown fields are rejected with a message, never silently dropped.
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false })
  addFormats(ajv)
  ajv.addFormat('uuid', UUID)
  // UUIDs are case-insensitive but the code compares them as text (scopes, ownership), and the
  // database hands them back in lower case: so every id in a path, query or body is lowered here, once.
  ajv.addKeyword({
    keyword: LOWER_CASE_ID, modifying: true, schemaType: 'boolean',
    validate: (_: boolean, data: unknown, _schema: unknown, at?: { parentData: Record<string | number, unknown>; parentDataProperty: string | number }) => {
      if (typeof data === 'string' && at?.parentData) at.parentData[at.parentDataProperty] = data.toLowerCase()
      return true
    },
  })
  ajv.addFormat('time-zone', { type: 'string', validate: isTimeZone })
  // Ours replace ajv-formats' date-time too: it lets year 0000 and 9999 through.
  for (const [name, { validate }] of Object.entries(dateFormats)) ajv.addFormat(name, { type: 'string', validate })
  return ajv
}

/**
 * JSON bodies are validated strictly (a string "12" is not a number); query strings and path
 * params are text by nature, so they are coerced.
 */
/** What a person reads when a value misses a format, by format name. */
export const formatMessages: Record<string, string> = {
  'time-zone': 'must be an IANA time zone such as Asia/Shanghai',
  uuid: 'must be an id (UUID)',
  ...Object.fromEntries(Object.entries(dateFormats).map(([name, f]) => [name, f.message])),
}

export function registerValidation(app: FastifyInstance, compilation: SchemaCompilation = 'at-start') {
  // A route that declares no query string accepts none: unknown parameters are a 400, never ignored.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.schema && !route.schema.querystring)
      route.schema = { ...route.schema, querystring: { type: 'object', properties: {}, additionalProperties: false } }
  })
  const strict = makeAjv(false)
  const coercing = makeAjv('array')
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const compile = () => (httpPart === 'body' ? strict : coercing).compile(withLowerCaseIds(schema) as object)
    return (compilation === 'at-start' ? compile() : validatorOnFirstUse(compile)) as never
  })
}
