export { BeforeAfterComparison } from '../components/BeforeAfterComparison.js'
export { ConsentStateCell } from '../components/ConsentStateCell.js'
export { ConsentStateField } from '../components/ConsentStateField.js'
export { SampleCell } from '../components/SampleCell.js'
