import { createRequire } from 'node:module'
import type { ValidateFunction } from 'ajv'

/**
 * When a route's schemas (Ajv validators for params, query and body; fast-json-stringify
 * serializers for responses) are compiled. Compiling all ~270 routes is most of what building the
 * app costs (seconds of CPU). The server compiles them at start, so a schema that cannot compile
 * stops it there instead of failing a request later; the API tests build about a hundred apps that
 * each call a handful of routes, so they compile a schema when a request first needs it.
 */
export type SchemaCompilation = 'at-start' | 'on-first-use'

/**
 * A validator that compiles on its first call and then is the compiled one. Fastify reads
 * `schemaEnv` (to let Ajv replace the root value) and `errors` (after a failed call) off the
 * function it was given, so both are passed through.
 */
export function validatorOnFirstUse(compile: () => ValidateFunction): ValidateFunction {
  let compiled: ValidateFunction | undefined
  const get = () => (compiled ??= compile())
  const validate = ((data, context) => get()(data, context)) as ValidateFunction
  Object.defineProperty(validate, 'schemaEnv', { get: () => get().schemaEnv })
  Object.defineProperty(validate, 'errors', { get: () => compiled?.errors ?? null })
  return validate
}

type RouteSchema = { schema?: unknown; method: string; url: string; httpStatus: string }
type SerializerFactory = (externalSchemas?: unknown, options?: object) => (route: RouteSchema) => (data: unknown) => string

/** Fastify's own serializer factory: the one it depends on, whatever version that is. */
const fastifyDefaultSerializers = () => {
  const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'))
  return (fromFastify('@fastify/fast-json-stringify-compiler') as () => SerializerFactory)()
}

/** Fastify's default response serializers, each compiled when a reply first needs it. */
export function serializersOnFirstUse(): SerializerFactory {
  const factory = fastifyDefaultSerializers()
  return (externalSchemas, options) => {
    const compile = factory(externalSchemas, options)
    return (route) => {
      let compiled: ((data: unknown) => string) | undefined
      return (data) => (compiled ??= compile(route))(data)
    }
  }
}
