import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Counts every test of every browser, plus the Node tests counted before them (see
 * node-count-reporter.mjs); writes `tests: N passed, N failed` for .ci/run to print last.
 */
export function countReporter(file = process.env.TEST_COUNT_FILE) {
  let line = '';
  const walk = (suite, counts) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) continue;
      counts[test.passed ? 'passed' : 'failed'] += 1;
    }
    for (const child of suite?.suites ?? []) walk(child, counts);
  };
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      if (file && existsSync(`${file}.node`)) {
        const [passed, failed] = readFileSync(`${file}.node`, 'utf8').trim().split(' ').map(Number);
        counts.passed += passed;
        counts.failed += failed;
      }
      for (const session of sessions) {
        walk(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      line = `tests: ${counts.passed} passed, ${counts.failed} failed`;
      if (file) writeFileSync(file, line + '\n');
    },
    stop() {
      if (line) console.log(line);
    },
  };
}
