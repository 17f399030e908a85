// `node bench/profile.mjs [variant] [cpu] [--returning]`: a CPU profile of one first visit (or, with
// `--returning`, of the page after Accept all), self time by function, printed as the top entries.
import puppeteer from 'puppeteer-core';
import { startServers } from './serve.mjs';

import { variants } from './pages.mjs';

const returning = process.argv.includes('--returning');
const [variant = 'cookie-basis', cpu = '4'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const server = await startServers();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', ...server.browserArgs],
});
const page = await browser.newPage();
const cdp = await page.createCDPSession();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(cpu) });
if (returning) {
  const { banner, accept } = variants[variant];
  await page.goto(`${server.site}/page/${variant}?t=profile-first`, { waitUntil: 'load' });
  if (accept) {
    await page.waitForFunction(banner, { timeout: 20000 });
    await page.evaluate((expression) => { new Function(expression)(); }, accept);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${server.site}/page/${variant}?t=profile`, { waitUntil: 'load' });
await new Promise((resolve) => setTimeout(resolve, 1500));
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const node of profile.nodes) {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`total sampled ${total.toFixed(1)} ms`);
for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(7), key);
await browser.close();
server.close();
