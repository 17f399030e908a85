// The package as npm would ship it: metadata that tools read (the manifest, the JSX typings, the
// exports) true to the code, and the docs every console message links to in the tarball.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }))[0].files.map((file) => file.path);
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.tagName);

/** Every TypeScript source of a folder, recursively. */
const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
  const path = join(dir, entry.name);
  return entry.isDirectory() ? sources(path) : path.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
});
const browserCode = [...sources('src/ui'), ...sources('src/elements')].join('\n');

test('custom-elements.json is the manifest package.json names, and it ships', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(packed.includes('custom-elements.json'));
});

test('every element of the library is in the manifest with its tag name', () => {
  assert.deepEqual(elements.map((element) => element.tagName).sort(),
    ['cookie-category', 'cookie-consent', 'cookie-declaration', 'cookie-info', 'cookie-objection', 'cookie-service']);
});

test('every part and CSS property the code uses is documented in the manifest', () => {
  const documentedParts = new Set(elements.flatMap((element) => (element.cssParts ?? []).map((part) => part.name)));
  const usedParts = new Set([
    ...[...browserCode.matchAll(/part(?:=|: |', )["']([a-z -]+)["']/g)].flatMap((match) => match[1].split(' ')),
    ...[...browserCode.matchAll(/button\('([a-z-]+)'/g)].map((match) => match[1]),
  ].filter(Boolean));
  assert.deepEqual([...usedParts].filter((part) => !documentedParts.has(part)).sort(), []);
  const documentedProperties = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
  const usedProperties = new Set([...browserCode.matchAll(/var\((--cookie-[a-z-]+)/g)].map((match) => match[1]));
  assert.deepEqual([...usedProperties].filter((property) => !documentedProperties.has(property)).sort(), []);
});

test('the JSX typings cover every element', () => {
  const jsx = readFileSync('dist/types/jsx.d.ts', 'utf8');
  for (const { tagName } of elements) assert.ok(jsx.includes(`"${tagName}"`), `${tagName} in jsx.d.ts`);
});

test('the docs ship, and the package says where it lives', () => {
  assert.ok(packed.includes('docs/messages.md'));
  assert.ok(packed.includes('README.md'));
  for (const field of ['repository', 'homepage', 'bugs']) assert.ok(pkg[field], `package.json ${field}`);
});

test('every path of the exports map resolves to a file that ships', () => {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets.filter((path) => !path.includes('*'))) {
    const path = target.replace(/^\.\//, '');
    assert.ok(existsSync(path), `${target} exists`);
    assert.ok(packed.includes(path), `${target} is in the tarball`);
  }
  // Script-tag users copy the loader and its chunks: each one ships under the documented pattern.
  for (const file of readdirSync('dist').filter((name) => /^cookie-basis.*\.js$/.test(name))) assert.ok(packed.includes(`dist/${file}`), file);
});

test('the configuration reference is generated from the manifest and the typed options, in step with both', async () => {
  const { configurationReference, optionProblems } = await import('../../scripts/config-reference.mjs');
  // Every attribute has its typed option and every option its attribute (or is a list of children), each with a JSDoc sentence.
  assert.deepEqual(optionProblems(manifest), []);
  assert.equal(readFileSync('docs/configuration.md', 'utf8'), configurationReference(manifest), 'run `node scripts/config-reference.mjs`');
  assert.ok(packed.includes('docs/configuration.md'));
});

test('the library version is package.json\'s', async () => {
  const { VERSION } = await import('../../dist/esm/core/version.js');
  assert.equal(VERSION, pkg.version);
});
