import { migrateToLatest } from '../db/migrate'
import { photoStore } from '../modules/records/photo-store'
import { seedDemo as seed } from '../seed/demo-seed'
import { type Command, CliFailure } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'

export const seedDemo: Command = {
  name: 'seed-demo',
  summary: 'Fill an empty database with the demo districts, centers, rooms, activities and logins.',
  help: `
Usage: npm run linli -- seed-demo

For trials and training only: it creates the demo logins (password linli-demo). It does nothing
to a database that already has a region, so it never mixes demo data into real data.`,
  options: {},
  async run() {
    const config = readConfig()
    const seeded = await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      return seed(db, new Date(), photoStore(config))
    })
    if (!seeded) throw new CliFailure(`${describeDatabase(config)} already has regions; the demo seed only runs on an empty database. Nothing was changed.`)
    console.log(`Seeded the demo data into ${describeDatabase(config)}; the server lists the demo logins when it starts.`)
    return 0
  },
}
