// Ends every run with one plain line, `tests: N passed, N failed, N skipped`, that any CI can
// read whatever runner it knows. Written at exit, so it stands after jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = results;
    // A suite whose hook or import failed has no failing test of its own, but the run failed.
    const brokenSuites = testResults.filter(
      (r) => r.numFailingTests === 0 && (r.testExecError || r.failureMessage),
    ).length;
    const failed = numFailedTests + brokenSuites;
    const line = `tests: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
