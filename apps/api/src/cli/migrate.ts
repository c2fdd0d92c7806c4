import { migrateToLatest } from '../db/migrate'
import type { Command } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

export const migrate: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (the server also does this when it starts).',
  help: `
Usage: npm run linli -- migrate

Migrations only go forward and each runs in its own transaction; running it again does nothing.`,
  options: {},
  async run() {
    const config = readConfig()
    const applied = await withDatabase(config, migrateToLatest)
    console.log(applied.length ? `Applied ${applied.length} migrations to ${describeDatabase(config)}:\n${applied.map((m) => `  ${m}`).join('\n')}` : `${describeDatabase(config)} is up to date.`)
    return 0
  },
}
