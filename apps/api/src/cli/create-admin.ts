import { NewPassword, StaffCreate } from '@linli/contracts'
import { Value } from '@sinclair/typebox/value'
import { migrateToLatest } from '../db/migrate'
import { assertStrongPassword } from '../modules/auth/password-rules'
import { hashPassword } from '../modules/auth/passwords'
import { findActiveStaffByUsername, insertStaff } from '../modules/auth/staff.repository'
import { findDistrictByName, insertRegion } from '../modules/regions/regions.repository'
import { AppError } from '../plugins/errors'
import { type Command, CliFailure, UsageError, required } from './command'
import { describeDatabase, readConfig, withDatabase } from './open-database'
import { readNewPassword } from './read-password'

/** The same checks POST /api/staff makes, with its messages. */
function checkPassword(password: string, username: string) {
  if (!Value.Check(NewPassword, password)) throw new CliFailure('The password must be 10 to 200 characters long. Nothing was changed.')
  try {
    assertStrongPassword(password, username)
  } catch (e) {
    if (e instanceof AppError) throw new CliFailure(`${e.message}. Nothing was changed.`)
    throw e
  }
}

export const createAdmin: Command = {
  name: 'create-admin',
  summary: 'Create a district administrator (区级管理员), the first account of a new installation.',
  help: `
Usage: npm run linli -- create-admin --username <name> --name <display name> --district <district>

The password is asked for at the terminal (not shown), or read from the first line of standard
input when it is piped in; never from the command line. The district (e.g. 金水区) is created if
it does not exist yet; the administrator manages it and everything in it.

Options:
  --username <name>   sign-in name: 3-32 lower-case letters, digits, . _ -
  --name <name>       the name staff see, e.g. 张主任
  --district <name>   the district this administrator runs`,
  options: { username: { type: 'string' }, name: { type: 'string' }, district: { type: 'string' } },
  async run(args) {
    const username = required(args, 'username').toLowerCase()
    const displayName = required(args, 'name')
    const district = required(args, 'district')
    if (!Value.Check(StaffCreate.properties.username, username)) throw new UsageError(`--username: 3-32 lower-case letters, digits, . _ - (got ${JSON.stringify(username)})`)
    if (displayName.length > 40) throw new UsageError('--name: at most 40 characters')
    if (district.length > 60) throw new UsageError('--district: at most 60 characters')
    const config = readConfig()
    const password = await readNewPassword()
    checkPassword(password, username)
    const passwordHash = await hashPassword(password)
    await withDatabase(config, async (db) => {
      await migrateToLatest(db)
      if (await findActiveStaffByUsername(db, username)) throw new CliFailure(`An account named ${username} already exists; choose another --username.`)
      await db.transaction().execute(async (trx) => {
        const region = (await findDistrictByName(trx, district)) ?? (await insertRegion(trx, { parentId: null, level: 'district', name: district }))
        await insertStaff(trx, { username, displayName, passwordHash, role: 'district_admin', regionId: region.id })
      })
    })
    console.log(`Created ${username} (${displayName}), district administrator of ${district}, in ${describeDatabase(config)}.`)
    console.log('Sign in at /admin/ on the server, then add the centers, rooms and staff.')
    return 0
  },
}
