// `npm run bench`: first-visit and returning-visitor cost of cookie-basis next to the fastest
// consent libraries and a page without any, in Debian's Chromium over loopback, brotli-served.
// Options: --rounds N (default 15), --slow (a slow-4G-like network), --write (README table).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { variants } from './pages.mjs';
import { startServers } from './serve.mjs';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 15;
const slow = args.includes('--slow');
const names = Object.keys(variants);
const OTHERS = ['vanilla-cookieconsent', 'orejime'];

/** Runs in the page before anything else: finds the first frame in which the banner is visible, sums layout shifts, notes the longest task. */
function probe(bannerExpression) {
  const bench = (window.__bench = { cls: 0, longest: 0, banner: null, fcp: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  if (!bannerExpression) return;
  const find = new Function(`return ${bannerExpression}`);
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    for (let node = element; node && node.nodeType === 1; node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode) {
      const style = getComputedStyle(node);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const check = (frameTime) => {
    const element = find();
    if (element && visible(element)) bench.banner = frameTime;
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function measure(browser, server, variant, cpu, token) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (slow) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  const library = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const path = new URL(response.url).pathname;
    if (path.startsWith('/lib/') || path === '/vcc-run.js' || path === '/orejime-config.js') library.set(requestId, { transfer: 0, decoded: 0 });
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => { if (library.has(requestId)) library.get(requestId).decoded += dataLength; });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => { if (library.has(requestId)) library.get(requestId).transfer = encodedDataLength; });
  const bytes = () => {
    const sum = { transfer: 0, decoded: 0 };
    for (const entry of library.values()) { sum.transfer += entry.transfer; sum.decoded += entry.decoded; }
    library.clear();
    return sum;
  };
  const { banner, accept } = variants[variant];
  await page.evaluateOnNewDocument(probe, banner);

  // First visit
  await page.goto(`${server.site}/page/${variant}?t=${token}a`, { waitUntil: 'load' });
  if (banner) await page.waitForFunction(() => window.__bench.banner !== null, { timeout: 20000 });
  await page.waitForFunction(() => window.__bench.fcp !== null, { timeout: 20000 });
  await new Promise((resolve) => setTimeout(resolve, 400));
  const first = await page.evaluate(() => window.__bench);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const firstBytes = bytes();
  const thirdPartyBefore = server.requests.filter((r) => r.token === `${token}a`).length;

  // Returning visitor after accept all
  if (accept) {
    await page.evaluate((expression) => { new Function(expression)(); }, accept);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  // What answering fetched (cookie-basis: the write path) is neither the first view's nor the returning visit's.
  const answerBytes = bytes();
  await page.goto(`${server.site}/page/${variant}?t=${token}b`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ran?.analytics !== undefined && window.__bench.fcp !== null, { timeout: 20000 });
  const { gatedMs, returnFcp } = await page.evaluate(() => ({ gatedMs: window.__ran.analytics, returnFcp: window.__bench.fcp }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const scriptAfter = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  const returnFiles = library.size;
  const returnBytes = bytes();
  await context.close();
  return {
    banner: first.banner, fcp: first.fcp, cls: first.cls, longest: first.longest, scriptMs,
    transfer: firstBytes.transfer, decoded: firstBytes.decoded, thirdPartyBefore: banner ? thirdPartyBefore : null,
    answerTransfer: answerBytes.transfer, returnTransfer: returnBytes.transfer, returnDecoded: returnBytes.decoded, returnFiles, gatedMs, returnFcp,
    // The metrics belong to the document: after the navigation they count the returning page alone.
    returnScriptMs: scriptAfter * 1000,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startServers();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
    '--disable-sync', '--disable-quic', ...server.browserArgs],
});
const results = {};
for (const cpu of [1, 4]) {
  for (const name of names) results[`${name}@${cpu}`] = [];
}
for (let round = 0; round < rounds; round++) {
  for (const cpu of [1, 4]) {
    // interleaved: the order rotates every round
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) results[`${name}@${cpu}`].push(await measure(browser, server, name, cpu, `r${round}c${cpu}${name}`));
  }
  process.stderr.write(`round ${round + 1}/${rounds}\n`);
}
await browser.close();
server.close();

const stat = (key, field) => {
  const values = results[key].map((r) => r[field]).filter((v) => v !== null && v !== undefined);
  return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : null;
};
const fmt = (s, unit, digits = 0) => (s ? `${s.median.toFixed(digits)} ${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '—');
const ratio = (value, best) => (value && best ? ` · ${(value / best).toFixed(2)}×` : '');

const lines = [];
const chromium = (await import('node:child_process')).execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim();
lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${chromium}, ${rounds} interleaved rounds, loopback${slow ? ' with a slow network (150 ms, 1.6 Mbit/s)' : ''}, no HTTP cache; median (min–max). Ratios in the cookie-basis column: to the fastest other library's median, and (“floor”) to the same page without any consent library (for the banner: to that page's first contentful paint). Reproduce: \`npm run bench\`.`);
lines.push('');
/** [label, field, unit, digits, the floor's field to compare with (or none)] */
const rows = [
  ['first visit: first contentful paint', 'fcp', 'ms', 0, 'fcp'],
  ['first visit: banner painted', 'banner', 'ms', 0, 'fcp'],
  ['first visit: library JS+CSS transferred', 'transfer', 'B', 0],
  ['first visit: library JS+CSS decoded', 'decoded', 'B', 0],
  ['first visit: library JS+CSS fetched when answering', 'answerTransfer', 'B', 0],
  ['first visit: main-thread script time', 'scriptMs', 'ms', 0],
  ['first visit: CLS', 'cls', '', 3],
  ['first visit: longest task', 'longest', 'ms', 0],
  ['first visit: requests to the third party before a choice', 'thirdPartyBefore', '', 0],
  ['returning (accepted): library files fetched', 'returnFiles', '', 0],
  ['returning (accepted): library JS+CSS transferred', 'returnTransfer', 'B', 0],
  ['returning (accepted): main-thread script time', 'returnScriptMs', 'ms', 0],
  ['returning (accepted): first contentful paint', 'returnFcp', 'ms', 0, 'returnFcp'],
  ['returning (accepted): gated script ran at', 'gatedMs', 'ms', 0, 'gatedMs'],
];
for (const cpu of [1, 4]) {
  lines.push(`**CPU ${cpu}×**`, '', `| figure | ${names.map((n) => variants[n].label).join(' | ')} |`, `| --- |${names.map(() => ' ---: |').join('')}`);
  for (const [label, field, unit, digits, floorField] of rows) {
    const best = Math.min(...OTHERS.map((n) => stat(`${n}@${cpu}`, field)?.median).filter((v) => v));
    const floor = floorField ? stat(`baseline@${cpu}`, floorField)?.median : undefined;
    lines.push(`| ${label} | ${names.map((n) => {
      const s = stat(`${n}@${cpu}`, field);
      if (n !== 'cookie-basis') return fmt(s, unit, digits);
      return fmt(s, unit, digits) + (Number.isFinite(best) ? ratio(s?.median, best) : '') + (floor && s ? ` · ${(s.median / floor).toFixed(2)}× floor` : '');
    }).join(' | ')} |`);
  }
  lines.push('');
}
const table = lines.join('\n').trim();
console.log(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 1));
if (args.includes('--write')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  writeFileSync('README.md', readme.slice(0, readme.indexOf(start) + start.length) + '\n' + table + '\n' + readme.slice(readme.indexOf(end)));
}
