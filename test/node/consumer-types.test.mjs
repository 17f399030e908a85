// A consumer TypeScript project (strict) compiles the README's npm use, the typed window.cookieBasis
// and the JSX typings against the package as installed, with each module resolution apps use.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve('.');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

for (const [module, moduleResolution] of [['esnext', 'bundler'], ['node16', 'node16']]) {
  test(`the README's npm use compiles with moduleResolution ${moduleResolution}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cookie-basis-consumer-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'cookie-basis'), 'dir');
      cpSync(join(root, 'test', 'node', 'consumer', 'app.ts'), join(dir, 'app.ts'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module, moduleResolution, lib: ['es2022', 'dom'], skipLibCheck: false, types: [] },
        files: ['app.ts'],
      }));
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = String(error.stdout) + String(error.stderr);
      }
      assert.equal(output, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
