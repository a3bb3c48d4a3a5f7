export { ClinicDashboard } from '../admin/components/ClinicDashboard.js'
