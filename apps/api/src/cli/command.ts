import { type ParseArgsConfig, parseArgs } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export interface Parsed {
  values: Record<string, string | boolean | undefined>
  positionals: string[]
}

/** One `npm run linli -- <name>` command: its help text, its options, and what it does. */
export interface Command {
  name: string
  summary: string
  /** The usage line and the options, as `--help` prints them below the summary. */
  help: string
  options: Options
  /** How many positional arguments it takes at most. */
  positionals?: number
  /** Resolves with the exit code: 0 done, 1 failed (after saying why and what to do). */
  run(args: Parsed): Promise<number>
}

/** Wrong usage: the command prints this and its help, and exits with 2. */
export class UsageError extends Error {}

/** A failure the operator can act on: printed as is, exit code 1, no stack trace. */
export class CliFailure extends Error {}

export function parse(command: Command, argv: string[]): Parsed {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  if (parsed.positionals.length > (command.positionals ?? 0)) throw new UsageError(`Unexpected argument: ${parsed.positionals[command.positionals ?? 0]}`)
  return { values: parsed.values as Parsed['values'], positionals: parsed.positionals }
}

export const helpText = (c: Command) => `${c.summary}\n\n${c.help.trim()}\n  -h, --help   show this help\n`

/** A required string option, or a usage error naming it. */
export function required(args: Parsed, name: string): string {
  const v = args.values[name]
  if (typeof v !== 'string' || !v.trim()) throw new UsageError(`--${name} is required`)
  return v.trim()
}
