import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { useTestApp } from './support/test-app'

/** Sends raw bytes and reads the whole answer: fetch would refuse or repair what we want to send. */
function raw(port: number, request: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let text = ''
    socket.on('data', (chunk) => (text += chunk.toString()))
    socket.on('error', reject)
    socket.on('close', () => {
      const [head, body] = text.split('\r\n\r\n')
      resolve({ status: Number(head!.split(' ')[1]), body: JSON.parse(body!) })
    })
  })
}

describe("errors raised before a route runs", () => {
  const ctx = useTestApp({ listen: true })
  const port = () => (ctx.app.server.address() as { port: number }).port

  it('answer a URL whose % escape does not decode with the uniform body', async () => {
    for (const path of ['/api/%', '/api/centers/%E0%A4%A/schedule', '/api/centers/%zz']) {
      const res = await fetch(`http://127.0.0.1:${port()}${path}`)
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({ statusCode: 400, code: 'bad_url', message: expect.any(String) })
    }
  })

  it('answer headers too large with a 431 in the uniform body', async () => {
    const res = await raw(port(), `GET /api/centers HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)
    expect(res).toEqual({ status: 431, body: { statusCode: 431, code: 'headers_too_large', message: expect.any(String) } })
  })

  it('answer a request line that is not HTTP with a 400 in the uniform body', async () => {
    const res = await raw(port(), 'GET /api/centers HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n')
    expect(res).toEqual({ status: 400, body: { statusCode: 400, code: 'bad_request', message: expect.any(String) } })
  })
})
