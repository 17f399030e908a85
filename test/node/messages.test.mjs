// Every console code the sources print links to docs/messages.md: each must have its section there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
});

test('every console code has a section in docs/messages.md', () => {
  const docs = readFileSync('docs/messages.md', 'utf8');
  const codes = new Set();
  for (const file of files('src')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:log|say)\('([a-z-]+)'|code: '([a-z-]+)'/g)) codes.add(match[1] ?? match[2]);
  }
  assert.ok(codes.size > 15, `found only ${codes.size} codes`);
  const missing = [...codes].filter((code) => !docs.includes(`### ${code}\n`));
  assert.deepEqual(missing, []);
});
