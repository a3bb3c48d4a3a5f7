import { own } from './consumerApp.js'
import { freshAppOn } from './freshApp.js'

// The Payload this project is built with.
freshAppOn(own.devDependencies.payload as string)
