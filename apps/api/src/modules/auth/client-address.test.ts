import { describe, expect, it } from 'vitest'
import { clientOf } from './client-address'

describe('the client an address stands for', () => {
  it('keeps an IPv4 address, also when written IPv4-mapped', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7')
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7')
  })

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const one = ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:0:0:9', '2001:db8:1:2:aaaa:bbbb:cccc:dddd%eth0']
    expect(new Set(one.map(clientOf))).toEqual(new Set(['2001:db8:1:2::/64']))
    expect(clientOf('1::2:3:4:5:6:7')).toBe('1:0:2:3::/64')
    expect(clientOf('::1')).toBe('0:0:0:0::/64')
    expect(clientOf('2001:db8:1:3::1')).not.toBe(clientOf('2001:db8:1:2::1'))
  })
})
