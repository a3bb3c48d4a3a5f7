import { faultSuite } from './faultSuite.js'

/**
 * The fault suite on embedded SQLite: kill -9 rounds, killed seeds, and the database file taken
 * away and put back.
 */
faultSuite('sqlite')
