import Fastify from 'fastify'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, databaseOnPglite, openPglite } from '../db/database'
import { databaseOutage, registerErrorHandling } from './errors'

// The failures test/database-outage.test.ts cannot provoke on a shared server, in the shapes pg gives them.
const pgError = (code: string, message = 'from the server') => Object.assign(new Error(message), { code })

describe('databaseOutage', () => {
  it.each([
    ['connection failure (08006)', pgError('08006')],
    ['server closed the connection (08003)', pgError('08003')],
    ['crash shutdown (57P02)', pgError('57P02')],
    ['the database system is starting up (57P03)', pgError('57P03')],
    ['too many connections (53300)', pgError('53300')],
    ['a database closed to new connections (55000)', pgError('55000', 'database "linli" is not currently accepting connections')],
    ['a reset socket', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a connect that timed out', Object.assign(new Error('connect ETIMEDOUT 10.0.0.5:5432'), { code: 'ETIMEDOUT' })],
    ['a new connection past its limit', new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') })],
    ['a refused connect wrapped by the caller', new Error('could not run', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })],
  ])('counts %s as an outage', (_name, error) => {
    expect(databaseOutage(error)).toBeDefined()
  })

  it.each([
    ['a unique violation', pgError('23505')],
    ['a syntax error (our bug)', pgError('42601')],
    ['a deadlock (a 409 try_again)', pgError('40P01')],
    ['another 55000 (our bug)', pgError('55000', 'currval of sequence "bookings_id_seq" is not yet defined in this session')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something not an error', 'ECONNREFUSED'],
  ])('leaves %s to the other mappings', (_name, error) => {
    expect(databaseOutage(error)).toBeUndefined()
  })
})

describe('a NUL character (U+0000) reaching the database', () => {
  let db: Database
  beforeAll(async () => void (db = databaseOnPglite(await openPglite({}))))
  afterAll(() => db.destroy())

  // JSON and the schemas allow it, PostgreSQL stores it in neither text nor jsonb: the fuzz found PATCH /centers/{id} answering 500.
  it.each([
    ['text (22021)', sql`select ${'a\u0000b'}::text`],
    ['jsonb (22P05)', sql`select ${'["a\\u0000b"]'}::jsonb`],
  ])('is the client\'s 400 invalid_value in %s, not a 500', async (_name, query) => {
    const app = Fastify({ logger: false })
    registerErrorHandling(app)
    app.get('/', async () => (await query.execute(db)).rows)
    const res = await app.inject('/')
    await app.close()
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({ statusCode: 400, code: 'invalid_value', message: 'A text contains a character that cannot be stored (U+0000)' })
  })
})
