import fc from 'fast-check'
import { RESIDENT_COOKIE, SESSION_COOKIE } from '@linli/contracts'
import { type Schema, nearValid, resolve, valueFor } from './fuzz-values'
import type { Req } from './valid-requests'

export interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[]
  requestBody?: { content: Record<string, { schema: Schema }> }
}

/** Exactly one thing differs from the valid request: a path or query parameter, a body field, a header, or the body as a whole. */
export type Mutation =
  | { at: 'path'; name: string; value: unknown; raw?: true }
  | { at: 'query'; name: string; value?: unknown; duplicate?: true }
  | { at: 'query-raw'; query: string }
  | { at: 'body'; path: (string | number)[]; value?: unknown; remove?: true }
  | { at: 'header'; name: string; value?: string; append?: true }
  | { at: 'raw-body'; payload: string }

// Percent-encodings no UTF-8 decoder accepts, an encoded slash, dot segments and nothing at all.
const RAW_SEGMENTS = ['%zz', '%', '%C0%AE', '%ED%A0%80', '%00', '%2F', '..', '', '%E2%80%AE', '%F0%9F%98%80', 'x'.repeat(2000)]
const RAW_QUERIES = ['%zz=1', '%00=%00', 'a[b]=1', '&&&', '=', '__proto__=1', 'constructor[prototype][x]=1', `q=${'x'.repeat(9000)}`]
const HEADERS: [name: string, value: string | undefined, append?: true][] = [
  ['content-type', 'text/plain'], ['content-type', 'application/x-www-form-urlencoded'], ['content-type', 'application/json; charset=utf-16'],
  ['content-type', 'application/json; charset=latin1'], ['content-type', 'APPLICATION/JSON'], ['content-type', 'multipart/form-data; boundary=x'],
  ['content-type', 'application/json, text/plain'], ['content-type', undefined],
  ['origin', 'https://evil.example'], ['origin', 'null'], ['origin', 'not a url'], ['origin', 'http://localhost:80'],
  ['cookie', `${SESSION_COOKIE}=garbage`], ['cookie', `${RESIDENT_COOKIE}=${'x'.repeat(4000)}`], ['cookie', `${SESSION_COOKIE}=%zz`], ['cookie', '=;;=='],
  ['cookie', `${SESSION_COOKIE}=garbage; ${RESIDENT_COOKIE}=`, true], ['cookie', undefined],
  ['authorization', 'Bearer '], ['authorization', 'Bearer garbage'], ['authorization', 'Basic dXNlcjpwYXNz'], ['authorization', `Bearer ${'x'.repeat(5000)}`], ['authorization', undefined],
  ['accept', 'text/csv'], ['accept', 'application/xml'], ['accept', '*/*;q=0'], ['if-none-match', '*'], ['if-none-match', 'W/"x"'],
  ['if-modified-since', 'Mon, 30 Feb 2026 25:61:00 GMT'], ['x-forwarded-host', 'evil.example'], ['x-forwarded-for', 'not-an-ip, 999.1.1.1'],
  ['host', 'evil.example'], ['accept-language', 'zz-ZZ;q=2'], ['user-agent', 'ä'.repeat(300)], ['range', 'bytes=999999-'],
]
const RAW_BODIES = ['{"broken": ', '', 'null', '[]', '"text"', '42', '\ufeff{}', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {"x": 1}}}', '$deep', '$huge', '$duplicate-key']

const category = <T>(arbs: fc.Arbitrary<T>[], weight: number) => arbs.length ? [{ arbitrary: fc.oneof(...arbs), weight }] : []

/** Every single-field mutation of this operation's valid request, weighted towards the fields a handler reads. */
export function mutationsFor(op: Operation, valid: Req, ids: string[]): fc.Arbitrary<Mutation> {
  const params = op.parameters ?? []
  const path = params.filter((p) => p.in === 'path').map((p) => fc.oneof(
    valueFor(p.schema, ids).map((value): Mutation => ({ at: 'path', name: p.name, value })),
    fc.constantFrom(...RAW_SEGMENTS).map((value): Mutation => ({ at: 'path', name: p.name, value, raw: true })),
  ))
  const present = [...new URL(valid.url, 'http://x').searchParams.keys()]
  const query = [
    ...params.filter((p) => p.in === 'query').map((p) => fc.oneof(
      valueFor(p.schema, ids).map((value): Mutation => ({ at: 'query', name: p.name, value })),
      valueFor(p.schema, ids).map((value): Mutation => ({ at: 'query', name: p.name, value, duplicate: true })),
    )),
    ...present.map((name) => fc.constant<Mutation>({ at: 'query', name })),
    ...[...new URL(valid.url, 'http://x').searchParams].filter(([, v]) => /\d/.test(v)).map(([name, v]) => fc.constantFrom(...nearValid(v)).map((value): Mutation => ({ at: 'query', name, value }))),
    fc.constantFrom(...RAW_QUERIES).map((q): Mutation => ({ at: 'query-raw', query: q })),
    fc.constant<Mutation>({ at: 'query', name: 'unknownParam', value: '1' }),
  ]
  const schema = Object.values(op.requestBody?.content ?? {})[0]?.schema
  const payload = (valid.payload ?? {}) as Record<string, unknown>
  const body = Object.entries(schema?.properties ?? {}).flatMap(([k, s]) => {
    const here = [valueFor(s, ids).map((value): Mutation => ({ at: 'body', path: [k], value }))]
    if (k in payload) here.push(fc.constant<Mutation>({ at: 'body', path: [k], remove: true }))
    if (typeof payload[k] === 'string' && /\d/.test(payload[k])) here.push(fc.constantFrom(...nearValid(payload[k])).map((value): Mutation => ({ at: 'body', path: [k], value })))
    // One level down where the valid body has an object or a list of objects: a series' changes, a walk-in's phone, opening hours.
    const inner = Array.isArray(payload[k]) ? s.items : s
    const at = Array.isArray(payload[k]) ? [k, 0] : [k]
    if (payload[k] && typeof payload[k] === 'object' && inner?.properties)
      for (const [sub, ss] of Object.entries(inner.properties)) here.push(valueFor(ss, ids).map((value): Mutation => ({ at: 'body', path: [...at, sub], value })))
    return here
  })
  if (schema) body.push(fc.constant<Mutation>({ at: 'body', path: ['unknownField'], value: 1 }))
  const headers = HEADERS.filter(([name]) => name !== 'content-type' || valid.method !== 'GET').map(([name, value, append]) => ({ at: 'header' as const, name, ...(value !== undefined && { value }), ...(append && { append }) }))
  const raw = valid.method === 'GET' ? [] : [fc.constantFrom(...RAW_BODIES).map((payload): Mutation => ({ at: 'raw-body', payload }))]
  // Where no query parameter is declared, every query mutation is an unknown one: one quick 400 is enough.
  const declared = params.some((p) => p.in === 'query') || present.length > 0
  return fc.oneof(...category(body, 6), ...category(query, declared ? 3 : 1), ...category(path, 3), ...category([fc.constantFrom(...headers)], 2), ...category(raw, 1))
}

/** Percent-encodes anything, lone surrogates included (as the invalid UTF-8 a careless client would send). */
export function encode(s: string): string {
  return [...s].map((c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      const u = c.charCodeAt(0)
      return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
    }
  }).join('')
}

const asText = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap(asText) : [v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)])

/** A multipart upload (photos) is sent as the FormData it is; its fields are not mutated, only the rest of the request. */
export interface Built { method: string; url: string; headers: Record<string, string>; payload?: string | FormData | Buffer }

/** The valid request, with the mutation if any applied, and every `$id`/`$repeat` turned into the real thing. */
export function applyMutation(template: string, valid: Req, m: Mutation | undefined, identity: Record<string, string>, ids: Record<string, string>): Built {
  const [pathname, search = ''] = valid.url.split('?') as [string, string?]
  const segments = pathname.split('/')
  if (m?.at === 'path') {
    const i = template.split('/').indexOf(`{${m.name}}`)
    segments[i] = m.raw ? String(m.value) : encode(asText(resolve(m.value, ids)).join(','))
  }
  let pairs = [...new URLSearchParams(search)].map(([k, v]) => `${encode(k)}=${encode(v)}`)
  if (m?.at === 'query') {
    if (!m.duplicate) pairs = pairs.filter((p) => !p.startsWith(`${encode(m.name)}=`))
    if ('value' in m) pairs.push(...asText(resolve(m.value, ids)).map((v) => `${encode(m.name)}=${encode(v)}`))
  }
  if (m?.at === 'query-raw') pairs.push(m.query)
  const headers: Record<string, string> = { ...identity, ...valid.headers }
  const form = valid.payload instanceof FormData ? valid.payload : undefined
  // A file as the body (an import's upload) goes as its bytes, under the type its request names.
  const file = valid.payload instanceof Uint8Array ? Buffer.from(valid.payload) : undefined
  let payload: string | FormData | Buffer | undefined = valid.method === 'GET' ? undefined : form ?? file ?? JSON.stringify(valid.payload ?? {})
  if (typeof payload === 'string') headers['content-type'] = 'application/json'
  if (m?.at === 'body') payload = JSON.stringify(withField(structuredClone(valid.payload ?? {}) as Record<string, unknown>, m.path, m.remove ? undefined : resolve(m.value, ids), !!m.remove))
  if (m?.at === 'raw-body') payload = rawBody(m.payload, (valid.payload ?? {}) as Record<string, unknown>)
  if (m?.at === 'header') {
    if (m.value === undefined) delete headers[m.name]
    else headers[m.name] = m.append && headers[m.name] ? `${headers[m.name]}; ${m.value}` : m.value
  }
  return { method: valid.method, url: segments.join('/') + (pairs.length ? `?${pairs.join('&')}` : ''), headers, ...(payload !== undefined && { payload }) }
}

function withField(target: Record<string, unknown>, path: (string | number)[], value: unknown, remove: boolean) {
  let node = target as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (remove) delete node[last]
  else node[last] = value
  return target
}

function rawBody(kind: string, valid: Record<string, unknown>) {
  if (kind === '$deep') return `${'['.repeat(5000)}${']'.repeat(5000)}`
  if (kind === '$huge') return JSON.stringify({ ...valid, filler: 'x'.repeat(300 * 1024) })
  // The same key twice: a JSON parser keeps the last, a careless merge might keep the first.
  if (kind === '$duplicate-key') {
    const rest = JSON.stringify(valid).slice(1)
    return `{"${Object.keys(valid)[0] ?? 'x'}": {"nested": [null]}${rest === '}' ? '' : ', '}${rest}`
  }
  return kind
}
