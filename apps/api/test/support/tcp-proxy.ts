import { type Server, type Socket, connect, createServer } from 'node:net'

/**
 * A real TCP hop between the app and PostgreSQL. Tests stop, freeze or cut it to play a database
 * outage without touching the shared server that other test files use.
 */
export interface TcpProxy {
  /** The upstream URL with the proxy's host and port in it. */
  url: string
  /** Like a stopped server: open connections drop and new ones are refused (ECONNREFUSED). */
  stop(): Promise<void>
  /** Like a SIGSTOPped server: connections open, but no byte moves until `resume`. */
  freeze(): void
  /** Back to forwarding (after `freeze`) or listening on the same port again (after `stop`). */
  resume(): Promise<void>
  /** Drops the first connection that sends the server `text`, before the server sees it. */
  cutBefore(text: string): void
  close(): Promise<void>
}

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })

export async function startTcpProxy(upstreamUrl: string): Promise<TcpProxy> {
  const upstream = new URL(upstreamUrl)
  const pairs = new Set<Socket[]>()
  let frozen = false
  let cut: string | undefined
  let server: Server | undefined

  const accept = (client: Socket) => {
    const db = connect(Number(upstream.port || 5432), upstream.hostname)
    const pair = [client, db]
    pairs.add(pair)
    const drop = () => {
      pairs.delete(pair)
      for (const s of pair) s.destroy()
    }
    for (const s of pair) s.on('error', drop).on('close', drop)
    client.on('data', (chunk) => {
      if (cut && chunk.includes(cut)) {
        cut = undefined
        return drop()
      }
      db.write(chunk)
    })
    db.on('data', (chunk) => client.write(chunk))
    if (frozen) for (const s of pair) s.pause()
  }

  const open = async (port: number) => {
    server = createServer(accept)
    return listen(server, port)
  }
  const shut = async () => {
    const closed = server && new Promise((resolve) => server!.close(resolve))
    server = undefined
    for (const pair of [...pairs]) for (const s of pair) s.destroy()
    pairs.clear()
    await closed
  }

  const port = await open(0)
  const url = new URL(upstreamUrl)
  url.hostname = '127.0.0.1'
  url.port = String(port)
  return {
    url: url.toString(),
    stop: shut,
    freeze: () => {
      frozen = true
      for (const pair of pairs) for (const s of pair) s.pause()
    },
    resume: async () => {
      frozen = false
      for (const pair of pairs) for (const s of pair) s.resume()
      if (!server) await open(port)
    },
    cutBefore: (text) => void (cut = text),
    close: shut,
  }
}
