/**
 * A jest reporter that ends the run with one plain line, `unit: N passed, N failed, N skipped`, which
 * CI reads to know how many tests ran (jest's own summary is not a format it reads).
 */
class SummaryLineReporter {
  constructor(_globalConfig, options) {
    this.label = (options && options.label) || 'tests';
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `${this.label}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}

module.exports = SummaryLineReporter;
