import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/test-app'

describe('health and API description', () => {
  const ctx = useTestApp()

  it('reports the process up and the database ready', async () => {
    expect((await ctx.app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await ctx.app.inject('/readyz')).json()).toEqual({ status: 'ready', database: 'up', notifications: { backlog: 0, oldestUndeliveredSeconds: null } })
  })

  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json()
    expect(doc.openapi).toMatch(/^3\./)
    for (const path of ['/api/auth/login', '/api/centers', '/api/centers/{id}', '/api/centers/{id}/rooms', '/api/rooms/{id}', '/api/regions'])
      expect(Object.keys(doc.paths)).toContain(path)
    expect(doc.paths['/api/centers'].post.requestBody.content['application/json'].schema.properties.timeZone.format).toBe('time-zone')
  })

  it('serves the interactive API docs', async () => {
    const res = await ctx.app.inject('/api/docs/')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
  })

  it('answers unknown API routes with the uniform 404 body', async () => {
    const res = await ctx.app.inject('/api/nothing-here')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ statusCode: 404, code: 'not_found', message: 'GET /api/nothing-here not found' })
  })
})
