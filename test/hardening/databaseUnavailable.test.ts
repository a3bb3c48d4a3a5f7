import { DatabaseUnavailableError, isDatabaseUnavailable } from '../../src/index.js'

/**
 * Which errors mean "the database is away" (503, retry) rather than a client's mistake or a
 * server fault, as the drivers raise them.
 */
const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code })
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause })

test.each([
  ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
  ['a reset connection', withCode('ECONNRESET')],
  [
    'Postgres shutting down (57P01)',
    withCode('57P01', 'terminating connection due to administrator command'),
  ],
  ['Postgres crashed (57P02)', withCode('57P02')],
  ['Postgres starting up (57P03)', withCode('57P03', 'the database system is starting up')],
  ['a Postgres connection exception (class 08)', withCode('08006')],
  ['Postgres out of connection slots', withCode('53300')],
  ['node-postgres losing its connection', new Error('Connection terminated unexpectedly')],
  [
    'a client that can no longer query',
    new Error('Client has encountered a connection error and is not queryable'),
  ],
  ['a pool that waited too long', new Error('timeout exceeded when trying to connect')],
  ['a SQLite file that cannot be opened', withCode('SQLITE_CANTOPEN')],
  ['a SQLite read or write error', withCode('SQLITE_IOERR_WRITE')],
  ['a full disk', withCode('SQLITE_FULL')],
  [
    'a MongoDB server that cannot be selected',
    Object.assign(new Error('x'), { name: 'MongoServerSelectionError' }),
  ],
  ['the plugin’s own error', new DatabaseUnavailableError()],
  ['any of these wrapped by a query builder', wrapped(wrapped(withCode('57P01')))],
  [
    'every address of a host refusing',
    new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]),
  ],
])('%s is the database being away', (_, error) => {
  expect(isDatabaseUnavailable(error)).toBe(true)
})

test.each([
  ['a unique violation', withCode('23505')],
  ['a serialization failure (busy, not away)', withCode('40001')],
  ['SQLite busy', withCode('SQLITE_BUSY')],
  ['a value of the wrong type', withCode('22P02')],
  ['malformed JSON', new SyntaxError('Unexpected token')],
  ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ['nothing at all', undefined],
])('%s is not', (_, error) => {
  expect(isDatabaseUnavailable(error)).toBe(false)
})
