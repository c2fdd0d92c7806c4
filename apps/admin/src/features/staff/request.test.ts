import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@linli/api-client'
import { queryString, request } from './request'

afterEach(() => vi.unstubAllGlobals())

const answer = (status: number, body?: unknown) =>
  vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, statusText: 'x' }))

describe('queryString', () => {
  it('leaves out values that are not set', () => {
    expect(queryString({ centerId: 'c1', entity: '', limit: 500, from: undefined })).toBe('?centerId=c1&limit=500')
    expect(queryString({})).toBe('')
  })
})

describe('request', () => {
  it('sends JSON with the session cookie and returns the answer', async () => {
    const fetch = answer(201, { id: 's1' })
    vi.stubGlobal('fetch', fetch)
    await expect(request('POST', '/api/staff', { username: 'wang' })).resolves.toEqual({ id: 's1' })
    expect(fetch).toHaveBeenCalledWith('/api/staff', expect.objectContaining({
      method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"username":"wang"}',
    }))
  })

  it('returns nothing for 204', async () => {
    vi.stubGlobal('fetch', answer(204))
    await expect(request('POST', '/api/auth/logout-everywhere')).resolves.toBeUndefined()
  })

  it('throws ApiError with the code of the uniform error body', async () => {
    vi.stubGlobal('fetch', answer(400, { statusCode: 400, code: 'weak_password', message: 'too common' }))
    const err = await request('POST', '/api/auth/password', {}).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ statusCode: 400, code: 'weak_password', message: 'too common' })
  })

  it('turns a failed connection into network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('offline') }))
    await expect(request('GET', '/api/staff')).rejects.toMatchObject({ statusCode: 0, code: 'network_error' })
  })
})
