// Records as the loader sends them, and the receiver's command run as its own process, for the
// receiver's tests and its benchmark.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { encodeRecord } from '../../dist/node/core/record-encode.js';

/** A valid consent record made now, with `over` replacing fields. */
export const record = (over = {}) => ({
  id: randomUUID(), time: new Date().toISOString(), revision: '3', choices: { marketing: false, statistics: true },
  gpc: false, language: 'de', method: 'save', configHash: '0a1b2c3d', version: '0.1.0', ...over,
});

/** The cookie part of a POST from the site's own pages, as the loader writes it. */
export const cookieFor = (rec, over = {}) => ({ name: 'cookie_basis', value: encodeRecord(rec), path: '/', maxAge: 395 * 86_400, ...over });

const CLI = new URL('../../dist/node/receiver/cli.js', import.meta.url).pathname;

/** Runs `cookie-basis-receiver` with `args` to its end: exit code, stdout, stderr. */
export function runCli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `cookie-basis-receiver serve` on a free port; resolves with the process and its URL once it listens. */
export function serveCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/consent/.exec(output);
      if (match) resolve({ child, url: match[0] });
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => reject(new Error(`serve exited (${String(code)}): ${output}`)));
  });
}
