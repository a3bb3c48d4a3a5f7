import { buildDevConfig } from './buildDevConfig.js'

export default buildDevConfig({ autoRunJobs: true })
