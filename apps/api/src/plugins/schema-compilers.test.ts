import Fastify from 'fastify'
import { Type } from '@sinclair/typebox'
import { describe, expect, it } from 'vitest'
import { type SchemaCompilation, serializersOnFirstUse } from './schema-compilers'
import { registerValidation } from './validation'

/** One route with a coerced query, a strict body and a response that drops unknown fields. */
async function tinyApp(compilation: SchemaCompilation) {
  const app = Fastify({
    logger: false,
    ...(compilation === 'on-first-use' && { schemaController: { compilersFactory: { buildSerializer: serializersOnFirstUse() } } }),
  })
  registerValidation(app, compilation)
  app.post('/api/things', {
    schema: {
      querystring: Type.Object({ n: Type.Integer({ default: 1 }) }, { additionalProperties: false }),
      body: Type.Object({ id: Type.String({ format: 'uuid' }), count: Type.Integer() }, { additionalProperties: false }),
      response: { 200: Type.Object({ id: Type.String(), count: Type.Integer(), n: Type.Integer() }) },
    },
  }, async (request) => ({ ...(request.body as object), n: (request.query as { n: number }).n, secret: 'not in the schema' }))
  await app.ready()
  return app
}

describe('schemas compiled on first use', () => {
  it('validate, coerce, default, lower-case ids and serialize exactly as those compiled at start', async () => {
    const answers = []
    for (const compilation of ['at-start', 'on-first-use'] as const) {
      const app = await tinyApp(compilation)
      const send = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object })
      const replies = [
        await send('/api/things?n=3', { id: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', count: 2 }),
        await send('/api/things', { id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: 2 }),
        await send('/api/things', { id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: '2' }),
        await send('/api/things?n=x', { id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: 2 }),
        await send('/api/things?m=1', { id: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: 2 }),
        await send('/api/things', { id: 'urn:uuid:a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: 2 }),
      ]
      answers.push(replies.map((r) => [r.statusCode, r.body]))
      await app.close()
    }
    const [atStart, onFirstUse] = answers
    expect(atStart![0]).toEqual([200, '{"id":"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11","count":2,"n":3}'])
    expect(atStart![1]).toEqual([200, '{"id":"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11","count":2,"n":1}'])
    expect(atStart!.slice(2).map(([status]) => status)).toEqual([400, 400, 400, 400])
    expect(onFirstUse).toEqual(atStart)
  })
})
