import { fuzzPart } from './fuzzPart.js'

fuzzPart({ part: 2, parts: 2 })
