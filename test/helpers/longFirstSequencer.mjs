import Sequencer from '@jest/test-sequencer'

/**
 * Files that run for minutes, whatever else runs beside them: started first, so a leg's workers
 * share the rest while they run instead of one of them starting late and the leg waiting on it.
 * (Jest orders by the durations it cached on this machine, or by file size without them, as on a
 * clean CI machine, where these start late.) Longest first.
 */
const longFiles = [
  'test/multiInstance/responseCache.test.ts',
  'test/robustness/load.test.ts',
  'test/robustness/fuzz.part1.test.ts',
  'test/robustness/fuzz.part2.test.ts',
  'test/privacy/accessMatrix.exhaustive.test.ts',
  'test/multiInstance/twoServers.test.ts',
]

const rank = (test) => {
  const index = longFiles.findIndex((file) => test.path.endsWith(`/${file}`))
  return index === -1 ? longFiles.length : index
}

export default class LongFirstSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    // Array.prototype.sort is stable: the rest keep Jest's own order.
    return [...sorted].sort((left, right) => rank(left) - rank(right))
  }
}
