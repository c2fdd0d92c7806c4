import { isIPv6 } from 'node:net'

/**
 * The client an address stands for when counting sign-in failures. An IPv4 address is one client;
 * an IPv6 subscriber is usually handed a whole /64 and can pick a fresh address for every
 * request, so the /64 prefix is the client.
 */
export function clientOf(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped) return mapped[1]!
  const address = ip.split('%')[0]!
  if (!isIPv6(address)) return ip.slice(0, 64)
  const [head = '', tail] = address.split('::')
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : [])
  const left = groups(head)
  const right = groups(tail)
  const full = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
  const prefix = full.slice(0, 4).map((g) => Number.parseInt(g, 16).toString(16))
  return `${prefix.join(':')}::/64`
}
