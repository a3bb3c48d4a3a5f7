/**
 * Ends every run with one plain line, "N passed, N failed, N skipped", that CI and people can
 * read the same way whatever the test runner prints above it, and a line naming the files that
 * took longest: CI keeps inside its time by knowing which files a leg waits for.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const slowest = results.testResults
      .map(({ perfStats, testFilePath }) => ({
        file: testFilePath.replace(`${process.cwd()}/`, ''),
        seconds: (perfStats.end - perfStats.start) / 1000,
      }))
      .filter(({ seconds }) => seconds > 0)
      .sort((left, right) => right.seconds - left.seconds)
      .slice(0, 8)
    if (slowest.length) {
      process.stdout.write(
        `\nslowest files: ${slowest.map(({ file, seconds }) => `${file} ${seconds.toFixed(0)} s`).join(', ')}\n`,
      )
    }
    const skipped = results.numPendingTests + results.numTodoTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`,
    )
  }
}

module.exports = SummaryReporter
