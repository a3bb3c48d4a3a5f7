import { containsNot } from '../../src/internal.js'

test('`not_like` values become "does not contain" patterns, at any depth, and nothing else changes', () => {
  expect(
    containsNot({
      and: [
        { _status: { equals: 'published' } },
        { or: [{ title: { not_like: 'draft' } }, { title: { like: 'x', not_like: 'y' } }] },
      ],
      question: { not_like: 'Members only', exists: true },
      count: { not_like: 3 as unknown as string },
    }),
  ).toEqual({
    and: [
      { _status: { equals: 'published' } },
      { or: [{ title: { not_like: '%draft%' } }, { title: { like: 'x', not_like: '%y%' } }] },
    ],
    question: { not_like: '%Members only%', exists: true },
    count: { not_like: 3 },
  })
})
