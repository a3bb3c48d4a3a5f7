import { throwawayPostgresMissing } from '../helpers/throwawayPostgres.js'
import { faultSuite } from './faultSuite.js'

/**
 * The fault suite on a Postgres cluster of its own (never the machine's shared server): kill -9
 * rounds, killed seeds, and the database restarted and crashed under load.
 */
const missing = throwawayPostgresMissing()
if (missing) {
  console.log(`SKIP faults on Postgres: ${missing}; 0 tests run.`)
  test.skip('faults on Postgres need initdb and pg_ctl', () => undefined)
} else {
  faultSuite('postgres')
}
