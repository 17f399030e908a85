// Server-side rendering imports the npm entry in Node, where there is no DOM: it must not throw.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the npm entry imports in Node without a DOM and defines nothing', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const module = await import('../../dist/esm/index.js');
  assert.equal(typeof module.consent.allowed, 'function');
  assert.equal(module.consent.allowed('statistics'), false);
  assert.equal(module.consent.record, null);
  assert.equal(typeof module.start, 'function');
  assert.equal(typeof module.configure, 'function');
});
