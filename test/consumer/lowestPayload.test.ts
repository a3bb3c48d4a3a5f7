import { lowestPayload } from './consumerApp.js'
import { freshAppOn } from './freshApp.js'

// The lowest Payload the peer range admits.
freshAppOn(lowestPayload())
