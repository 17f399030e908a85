import { writeFileSync } from 'node:fs';

/**
 * A `node --test` reporter that counts the Node tests (the receiver, SSR, messages) and writes
 * `passed failed` to `$TEST_COUNT_FILE.node`, for the browser run's count to add them.
 */
export default async function* nodeCountReporter(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    const test = event.data;
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || test.details?.type === 'suite' || test.skip || test.todo) continue;
    counts[event.type === 'test:pass' ? 'passed' : 'failed'] += 1;
  }
  if (process.env.TEST_COUNT_FILE) writeFileSync(`${process.env.TEST_COUNT_FILE}.node`, `${String(counts.passed)} ${String(counts.failed)}\n`);
  yield `node tests: ${String(counts.passed)} passed, ${String(counts.failed)} failed\n`;
}
