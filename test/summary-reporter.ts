// Prints one plain closing line, "tests: N passed, N failed", that CI reads to know the suite really ran.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    // A file that fails before its tests run (a syntax error, a failing import) has no failed test to count.
    let brokenFiles = 0;
    for (const mod of testModules) {
      if (mod.state() === 'failed' && ![...mod.children.allTests()].some((t) => t.result().state === 'failed')) brokenFiles++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const broken = brokenFiles > 0 ? `, ${brokenFiles} test ${brokenFiles === 1 ? 'file' : 'files'} failed to run` : '';
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped${broken}\n`);
  }
}
