/**
 * The length of an order key's integer part, read from its first character, in the encoding
 * Payload's orderable collections use (digits and lowercase; uppercase heads are its older form).
 */
const integerLength = (head: string): number => {
  if (head >= '0' && head <= '9') {
    return 11 - Number(head)
  }
  if (head >= 'a' && head <= 'z') {
    return head.charCodeAt(0) - 97 + 2
  }
  return 90 - head.charCodeAt(0) + 2
}

/**
 * Whether `key` is a fractional-index key Payload can order by and generate keys next to. An
 * invalid one (an emoji, say) is accepted by Payload on update and then breaks every later insert.
 */
export const isOrderKey = (key: unknown): boolean => {
  if (typeof key !== 'string' || key.length > 100) {
    return false
  }
  const legacy = /^[A-Z]/.test(key)
  if (!(legacy ? /^[A-Z][0-9A-Za-z]*$/ : /^[0-9a-z][0-9a-z]*$/).test(key)) {
    return false
  }
  const length = integerLength(key[0]!)
  if (length > key.length || key === `0${'0'.repeat(10)}`) {
    return false
  }
  return !key.slice(length).endsWith('0')
}
