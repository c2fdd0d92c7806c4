import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { onCleanup } from './cleanup'
import { env } from './env'

const apiDir = fileURLToPath(new URL('../../apps/api/', import.meta.url))
const benchDir = fileURLToPath(new URL('../', import.meta.url))
const apiProcess = fileURLToPath(new URL('../servers/api-process.ts', import.meta.url))

export interface Child {
  child: ChildProcess
  stop(): Promise<void>
}

/** SIGTERM, then SIGKILL after 5 s: a child never outlives its benchmark. */
export async function terminate(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

export interface RunningApi extends Child {
  port: number
  baseUrl: string
}

/** The port the API prints in its start-up banner, once it serves; rejects if it exits or takes longer than `timeoutMs`. */
export function bannerPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  let output = ''
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /admin\s+http:\/\/localhost:(\d+)\/admin\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`API exited with ${code}:\n${output}`))
    })
  })
}

/**
 * The real server (`src/server.ts`, as `npm start` runs it, through servers/api-process.ts) on a
 * random port read from its banner. Request logging is off (LOG_LEVEL=warn): the numbers should
 * measure the API, not pino.
 */
export async function spawnApi(extraEnv: Record<string, string>, nodeArgs: string[] = []): Promise<RunningApi> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', apiProcess], {
    cwd: apiDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LINLI_SEED: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const stop = onCleanup(`API process ${child.pid}`, () => terminate(child))
  const port = await bannerPort(child, 60_000).catch(async (err: unknown) => {
    await stop()
    throw err
  })
  // Keep draining the pipes so a chatty child never blocks on a full buffer.
  for (const stream of [child.stdout!, child.stderr!])
    stream.removeAllListeners('data').on('data', (c: Buffer) => env.apiLogs && process.stderr.write(`[api ${port}] ${c}`))
  return { child, port, baseUrl: `http://127.0.0.1:${port}`, stop }
}

export type Message = { type: string } & Record<string, unknown>

export interface Worker extends Child {
  /** The next message of this type from the child (rejects after `timeoutMs`). */
  next<T extends Message>(type: string, timeoutMs?: number): Promise<T>
  send(message: Message): void
}

/** A bench script (bench/servers/*.ts) in its own process, talking over IPC. */
export function spawnWorker(script: string, extraEnv: Record<string, string> = {}): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: benchDir,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const stop = onCleanup(`${script} ${child.pid}`, () => terminate(child))
  const inbox: Message[] = []
  const waiting: { type: string; resolve: (m: Message) => void }[] = []
  child.on('message', (m: Message) => {
    const w = waiting.findIndex((x) => x.type === m.type)
    if (w >= 0) waiting.splice(w, 1)[0]!.resolve(m)
    else inbox.push(m)
  })
  return {
    child,
    stop,
    send: (message) => void child.send(message),
    next: <T extends Message>(type: string, timeoutMs = 60_000) => {
      const queued = inbox.findIndex((m) => m.type === type)
      if (queued >= 0) return Promise.resolve(inbox.splice(queued, 1)[0] as T)
      return new Promise<T>((resolve, reject) => {
        const entry = { type, resolve: (m: Message) => { clearTimeout(timer); child.off('exit', onExit); resolve(m as T) } }
        const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code} while waiting for "${type}"`))
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1)
          child.off('exit', onExit)
          reject(new Error(`${script}: no "${type}" within ${timeoutMs} ms`))
        }, timeoutMs)
        child.once('exit', onExit)
        waiting.push(entry)
      })
    },
  }
}

