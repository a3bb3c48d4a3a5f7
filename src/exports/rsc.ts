export { ClinicDashboard } from '../components/ClinicDashboard.js'
