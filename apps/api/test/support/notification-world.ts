import type { KyselyPlugin, QueryId } from 'kysely'
import type { NotificationKind } from '@linli/contracts'
import type { Database } from '../../src/db/database'

/**
 * Makes the transaction that writes a notification fail right after its deliveries were written,
 * as a crash before the commit would: the cause and the notification are in the transaction by
 * then, so whatever survives shows what a crash would leave. One shot per `arm()`.
 */
export function crashAfterNotification() {
  let armed = false
  const watched = new WeakSet<QueryId>()
  const plugin: KyselyPlugin = {
    transformQuery({ node, queryId }) {
      const writesDeliveries = (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'notification_deliveries')
        // recordNotifications writes notices and deliveries in one statement.
        || (node.kind === 'RawNode' && node.sqlFragments.join('').includes('insert into notification_deliveries'))
      if (armed && writesDeliveries) watched.add(queryId)
      return node
    },
    async transformResult({ result, queryId }) {
      if (!watched.has(queryId)) return result
      armed = false
      throw new Error('the process died after writing the notification, before the commit')
    },
  }
  return { plugin, arm: () => void (armed = true), get armed() { return armed } }
}

/** A resident's notifications as stored, oldest first, each with the channels it is delivered over. */
export async function noticesOf(db: Database, residentId: string) {
  const rows = await db.selectFrom('notifications as n')
    .leftJoin('notification_deliveries as d', 'd.notification_id', 'n.id')
    .select(['n.id', 'n.kind', 'n.params', 'n.link', 'n.created_at', 'd.channel'])
    .where('n.resident_id', '=', residentId).orderBy('n.created_at').orderBy('n.kind').orderBy('d.channel').execute()
  const byId = new Map<string, { kind: string; params: Record<string, string | null>; link: string; channels: string[] }>()
  for (const r of rows) {
    const n = byId.get(r.id) ?? { kind: r.kind, params: r.params, link: r.link, channels: [] }
    if (r.channel) n.channels.push(r.channel)
    byId.set(r.id, n)
  }
  return [...byId.values()]
}

export const kindsOf = async (db: Database, residentId: string) => (await noticesOf(db, residentId)).map((n) => n.kind)

export const countNotifications = async (db: Database) =>
  Number((await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)

/**
 * The helpers above, blind to some kinds: a test about one kind of notice leaves out the others
 * its causes also bring (a sign-up's confirmation, a request's receipt), tested on their own.
 */
export function ignoring(...kinds: NotificationKind[]) {
  const shown = async (db: Database, residentId: string) => (await noticesOf(db, residentId)).filter((n) => !kinds.includes(n.kind as NotificationKind))
  return {
    noticesOf: shown,
    kindsOf: async (db: Database, residentId: string) => (await shown(db, residentId)).map((n) => n.kind),
    countNotifications: async (db: Database) =>
      Number((await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string>().as('n'))
        .$if(kinds.length > 0, (q) => q.where('kind', 'not in', kinds)).executeTakeFirstOrThrow()).n),
  }
}
