/**
 * JSON nested `depth` levels deep, alternating lists and objects.
 */
export const deepJson = (depth: number): unknown => {
  let value: unknown = 'bottom'
  for (let level = 0; level < depth; level++) {
    value = level % 2 ? [value] : { a: value }
  }
  return value
}

/**
 * A Lexical document nested `depth` paragraphs deep.
 */
export const deepLexical = (depth: number) => {
  let node: Record<string, unknown> = { text: 'deep', type: 'text', version: 1 }
  for (let level = 0; level < depth; level++) {
    node = { children: [node], type: 'paragraph', version: 1 }
  }
  return { root: { children: [node], type: 'root', version: 1 } }
}

/**
 * Values a client may send for any field: wrong types, extremes, NUL characters, huge strings,
 * operator objects, malformed rich text and dates.
 */
export const hostileValues: readonly unknown[] = [
  0,
  -1,
  0.5,
  1e308,
  -1e308,
  999_999,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  '   \t\n',
  '\u0000',
  'a\u0000b',
  'x'.repeat(100_000),
  '😀',
  '\ud800',
  '../../etc/passwd',
  '%ff',
  'null',
  'NaN',
  '1e20',
  '2026-13-45',
  '0000-00-00T00:00:00Z',
  '<script>alert(1)</script>',
  true,
  false,
  null,
  {},
  [],
  [[]],
  [null],
  ['x'],
  [1, 2, 3],
  { $gt: '' },
  { id: 'abc' },
  { relationTo: 'nowhere', value: 1 },
  { root: { children: 'text', type: 'root' } },
  { root: { children: [{ children: [], tag: 5, type: 'heading' }], type: 'root' } },
  { root: { children: [{ text: 5, type: 'text' }], type: 'root' } },
  deepLexical(60),
  deepJson(150),
]

/**
 * Strings for ids, path segments and query values.
 */
export const hostileSegments: readonly string[] = [
  'abc',
  '-1',
  '0',
  '1.5',
  '1e3',
  '99999999999999999999',
  '%ff',
  '%E0%A4%A',
  '%00',
  '..',
  '.',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  'null',
  '😀',
  'a'.repeat(2000),
  '507f1f77bcf86cd799439011',
]
