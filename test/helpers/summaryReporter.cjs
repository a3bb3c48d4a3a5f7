/**
 * Ends every run with one plain line, "N passed, N failed, N skipped", that CI and people can
 * read the same way whatever the test runner prints above it.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`,
    )
  }
}

module.exports = SummaryReporter
