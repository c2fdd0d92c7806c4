import { describe, expect, it } from 'vitest'
import { databaseOutage } from './errors'

// The failures test/database-outage.test.ts cannot provoke on a shared server, in the shapes pg gives them.
const pgError = (code: string, message = 'from the server') => Object.assign(new Error(message), { code })

describe('databaseOutage', () => {
  it.each([
    ['connection failure (08006)', pgError('08006')],
    ['server closed the connection (08003)', pgError('08003')],
    ['crash shutdown (57P02)', pgError('57P02')],
    ['the database system is starting up (57P03)', pgError('57P03')],
    ['too many connections (53300)', pgError('53300')],
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
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['something not an error', 'ECONNREFUSED'],
  ])('leaves %s to the other mappings', (_name, error) => {
    expect(databaseOutage(error)).toBeUndefined()
  })
})
