import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import type { ErrorBody } from '@linli/contracts'

/**
 * Errors Fastify and Node raise before a route's error handler can see them (a URL that does not
 * decode, headers too large, a malformed request line) get the same body as every other error.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const bad = error.code === 'FST_ERR_BAD_URL'
  const body: ErrorBody = bad
    ? { statusCode: 400, code: 'bad_url', message: 'The address is not valid (a % escape does not decode)' }
    : { statusCode: 400, code: 'bad_request', message: 'The request is not valid' }
  return reply.status(body.statusCode).send(body)
}

const clientErrors: Record<string, [status: number, reason: string, code: string, message: string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'The request took too long to arrive'],
}

/** Node's HTTP parser rejected the request: answer in our shape on the raw socket, then close it. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, reason, code, message] = clientErrors[error.code ?? ''] ?? [400, 'Bad Request', 'bad_request', 'The request is not valid HTTP']
  const body = JSON.stringify({ statusCode: status, code, message } satisfies ErrorBody)
  if (socket.writable)
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`)
  socket.destroy(error)
}
