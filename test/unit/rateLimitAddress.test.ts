import { rateLimitAddress } from '../../src/internal.js'

/**
 * The per-IP limit counts an IPv6 subscriber by their /64: the rest of the address is theirs to
 * change, so counting whole addresses would let one client rotate past the limit.
 */
test.each([
  ['203.0.113.7', '203.0.113.7'],
  ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
  ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
  ['2001:0db8:0001:0002:ffff::9', '2001:db8:1:2::/64'],
  ['2001:db8::1', '2001:db8:0:0::/64'],
  ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ['::1', '0:0:0:0::/64'],
])('%s is counted as %s', (address, counted) => {
  expect(rateLimitAddress(address)).toBe(counted)
})
