import { fuzzPart } from './fuzzPart.js'

fuzzPart({ part: 1, parts: 2 })
