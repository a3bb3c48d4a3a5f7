import { buildDevConfig } from './buildDevConfig.js'

// On Postgres the dev app runs its committed migrations; SQLite and MongoDB need none.
export default buildDevConfig({ autoRunJobs: true, migrations: true })
