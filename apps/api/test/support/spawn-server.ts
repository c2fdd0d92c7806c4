import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { buildServer } from '../../scripts/build'

const apiDir = fileURLToPath(new URL('../../', import.meta.url))
export const repoDir = fileURLToPath(new URL('../../../../', import.meta.url))

let built: Promise<string> | undefined
/** dist/server.js, compiled once per test worker from the current sources. */
export const serverBundle = () => (built ??= buildServer())

/** The node options and script of one of apps/api's npm scripts, which must run `node` (after `exec` if `prefix` says so). */
export function nodeScript(name: string, prefix: string[] = []): string[] {
  const script = (JSON.parse(readFileSync(`${apiDir}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts[name] ?? ''
  const words = script.split(' ')
  const expected = [...prefix, 'node']
  if (expected.some((word, i) => words[i] !== word)) throw new Error(`apps/api "${name}" should ${expected.join(' ')}: ${script}`)
  return words.slice(expected.length)
}

/** The node options and script of apps/api's "start" (`exec node … dist/server.js`): what production runs. */
export const productionCommand = () => nodeScript('start', ['exec'])

export interface ServerProcess {
  child: ChildProcess
  port: number
  /** Everything the process has written to stdout and stderr so far. */
  output: () => string
}

export interface SpawnOptions {
  /** What to run instead of production's `node dist/server.js` (e.g. an npm script). */
  command?: [string, ...string[]]
  cwd?: string
}

/** Runs a command with the test defaults for the server's environment, collecting its output. */
export function startProcess(env: Record<string, string>, command: [string, ...string[]], cwd = apiDir) {
  const child = spawn(command[0], command.slice(1), {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', LINLI_SEED: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => void (output += chunk.toString())
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  return { child, output: () => output }
}

/** Starts the real server process (as production does) and reads its port from the banner. */
export async function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): Promise<ServerProcess> {
  await serverBundle()
  const command = options.command ?? [process.execPath, ...productionCommand()]
  const { child, output } = startProcess(env, command, options.cwd)
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Leave nothing running behind a wrapper such as npm.
      for (const pid of [...descendants(child.pid!), child.pid!]) if (isRunning(pid)) process.kill(pid, 'SIGKILL')
      reject(new Error(`server did not start:\n${output()}`))
    }, 90_000)
    const onData = () => {
      const match = /admin\s+http:\/\/localhost:(\d+)\/admin\//.exec(output())
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output()}`)))
  })
  return { port, child, output }
}

export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** Resolves with the exit code (or signal) once the child has ended. */
export async function exited(child: ChildProcess): Promise<number | NodeJS.Signals> {
  if (!hasExited(child)) await once(child, 'exit')
  return child.exitCode ?? child.signalCode!
}

/** Every process below `pid` (Linux /proc), to find what a wrapper such as npm started. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      // The command name may hold spaces or parentheses; the parent PID follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // The process ended while we looked.
    }
  }
  const below = (p: number): number[] => [...parents].filter(([, parent]) => parent === p).flatMap(([child]) => [child, ...below(child)])
  return below(pid)
}

/** Whether a process with this PID still exists (a zombie counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}
