// The README's three usage paths, tried as a new user would: from the packed tarball, in empty
// folders. A script tag (the files of dist/ copied beside a page) and an npm app (installed and
// bundled by Vite), each in Chromium, and the receiver command installed with its store.
/* global document, window -- page.evaluate() bodies run in the browser */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { record } from './fixtures.mjs';

const root = resolve('.');
let folder;
let unpacked;
let tarball;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'cookie-basis-clean-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: root, encoding: 'utf8' }));
  tarball = join(folder, filename);
  execFileSync('tar', ['-xzf', tarball, '-C', folder]);
  unpacked = join(folder, 'package');
});
after(() => { rmSync(folder, { recursive: true, force: true }); });

/** Serves a folder on loopback; resolves with its origin and what closes it. */
async function serveFolder(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => { server.listen(0, '127.0.0.1', done); });
  return { origin: `http://127.0.0.1:${String(server.address().port)}`, close: () => { server.close(); } };
}

const launch = () => puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });

describe('a script tag, with the files copied from the package\'s dist/', () => {
  const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script src="/assets/cookie-basis.iife.js"></script></head><body>
<cookie-consent revision="1" policy-url="/privacy">
  <cookie-category name="necessary" basis="contract"></cookie-category>
  <cookie-category name="marketing" basis="consent"></cookie-category>
</cookie-consent>
<a href="#" data-consent="preferences">Cookie settings</a>
<script type="text/plain" data-category="marketing">window.marketingRan = true;</script>
</body></html>`;
  let server;
  let browser;
  let origin;

  before(async () => {
    const site = join(folder, 'site');
    mkdirSync(join(site, 'assets'), { recursive: true });
    for (const file of readdirSync(join(unpacked, 'dist')).filter((name) => /^cookie-basis.*\.js$/.test(name))) cpSync(join(unpacked, 'dist', file), join(site, 'assets', file));
    writeFileSync(join(site, 'index.html'), PAGE);
    server = await serveFolder(site);
    origin = server.origin;
    browser = await launch();
  });
  after(async () => { await browser?.close(); server?.close(); });

  it('asks, runs the gated script after Accept all, and lets a returning visitor pass without the banner', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const banner = await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="button-accept-all"]'));
    assert.equal(await page.evaluate(() => window.cookieBasis?.allowed('marketing')), false);
    assert.equal(await page.evaluate(() => window.marketingRan ?? false), false);
    await banner.click();
    await page.waitForFunction(() => window.marketingRan === true);
    await page.reload();
    await page.waitForFunction(() => window.marketingRan === true);
    const state = await page.evaluate(async () => (await window.cookieBasis.ready).mustAsk);
    assert.equal(state, false);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\//, '')));
    assert.deepEqual(fetched, ['cookie-basis.iife.js'], 'a returning visitor fetches the loader alone');
  });
});

describe('an npm app, installed from the tarball and bundled by Vite', () => {
  let server;
  let browser;

  before(async () => {
    const app = join(folder, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, stdio: 'ignore' });
    writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title></head><body><main id="app"></main><script type="module" src="./main.js"></script></body></html>');
    // The README's npm example.
    writeFileSync(join(app, 'main.js'), `import { configure, consent } from 'cookie-basis';
configure({ policyUrl: '/privacy', categories: [{ name: 'necessary', basis: 'contract' }, { name: 'marketing', basis: 'consent' }] });
consent.whenAllowed('marketing').then(() => { window.marketingAllowed = true; });
document.addEventListener('consent-change', (event) => { window.granted = [...event.detail.granted]; });`);
    await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: join(app, 'dist') } });
    server = await serveFolder(join(app, 'dist'));
    browser = await launch();
  });
  after(async () => { await browser?.close(); server?.close(); });

  it('shows the banner, and whenAllowed and consent-change follow Accept all', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const accept = await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="button-accept-all"]'));
    await accept.click();
    await page.waitForFunction(() => window.marketingAllowed === true);
    assert.deepEqual(await page.evaluate(() => window.granted), ['necessary', 'marketing']);
  });
});

describe('the receiver, installed from the package with its store', () => {
  let project;
  before(() => {
    project = join(folder, 'receiver');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
    const pglite = JSON.parse(readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')).version;
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, `@electric-sql/pglite@${pglite}`], { cwd: project, stdio: 'ignore' });
  });

  it('serves with `npx cookie-basis-receiver --data`, takes a record and hands back its receipt', async () => {
    const child = spawn(join(project, 'node_modules', '.bin', 'cookie-basis-receiver'), ['serve', '--port', '0', '--data', join(project, 'consent-data')], { cwd: project });
    try {
      const url = await new Promise((resolveUrl, reject) => {
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /http:\/\/127\.0\.0\.1:\d+\/consent/.exec(output);
          if (match) resolveUrl(match[0]);
        });
        child.stderr.on('data', (chunk) => { output += chunk; });
        child.once('exit', (code) => { reject(new Error(`exited ${String(code)}: ${output}`)); });
      });
      const rec = record();
      const posted = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rec) });
      assert.equal(posted.status, 201);
      const receipt = await fetch(`${url}/${rec.id}`);
      assert.equal(receipt.status, 200);
      const { id, records } = await receipt.json();
      assert.equal(id, rec.id);
      assert.deepEqual(records.map((entry) => entry.record), [rec]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
