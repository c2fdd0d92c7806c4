import { backup } from './backup'
import { type Command, CliFailure, UsageError, helpText, parse } from './command'
import { createAdmin } from './create-admin'
import { doctor } from './doctor'
import { exportCommand } from './export'
import { importCommand } from './import'
import { migrate } from './migrate'
import { rebuildRollupsCommand } from './rebuild-rollups'
import { restore } from './restore'
import { seedDemo } from './seed-demo'
import { sweepFilesCommand } from './sweep-files'

const commands: Command[] = [createAdmin, migrate, seedDemo, doctor, backup, restore, exportCommand, importCommand, rebuildRollupsCommand, sweepFilesCommand]

const overview = () => `Linli's command-line tool, for the operator of a Linli server.

Usage: npm run linli -- <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`).join('\n')}

Each command reads the same environment as the server (DATABASE_URL, LINLI_DATA_DIR, …).
npm run linli -- <command> --help   tells more about one command.
Exit codes: 0 done, 1 failed (the message says what to do), 2 wrong usage.
`

/** Runs one command line and resolves with the process's exit code; prints what went wrong. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? console.error : console.log)(overview())
    return name === undefined ? 2 : 0
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    console.error(`Unknown command: ${name}\n\n${overview()}`)
    return 2
  }
  try {
    const args = parse(command, rest)
    if (args.values.help) {
      console.log(helpText(command))
      return 0
    }
    return await command.run(args)
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${helpText(command)}`)
      return 2
    }
    if (e instanceof CliFailure) {
      console.error(e.message)
      return 1
    }
    console.error(`${command.name} failed: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}
