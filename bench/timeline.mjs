// `node bench/timeline.mjs [variant] [cpu] [--returning]`: when each library file was fetched and
// when the banner was painted, from the page's own Resource Timing, to see where the time to banner
// goes; with `--returning`, the page after Accept all: when the gated analytics script ran, next
// to the document's own milestones.
import puppeteer from 'puppeteer-core';
import { variants } from './pages.mjs';
import { startServers } from './serve.mjs';

const returning = process.argv.includes('--returning');
const [variant = 'cookie-basis', cpu = '1'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const server = await startServers();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', ...server.browserArgs],
});
for (let run = 0; run < 3; run++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(cpu) });
  await page.evaluateOnNewDocument((expression) => {
    const find = new Function(`return ${expression}`);
    const check = (time) => { if (find()) window.__banner = time; else requestAnimationFrame(check); };
    requestAnimationFrame(check);
  }, variants[variant].banner);
  await page.goto(`${server.site}/page/${variant}?t=timeline${run}`, { waitUntil: 'load' });
  const { banner, accept } = variants[variant];
  if (returning) {
    if (accept) {
      await page.waitForFunction(banner, { timeout: 20000 });
      await page.evaluate((expression) => { new Function(expression)(); }, accept);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await page.goto(`${server.site}/page/${variant}?t=timeline${run}b`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ran?.analytics !== undefined, { timeout: 20000 });
    console.log(JSON.stringify(await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        analyticsRan: Math.round(window.__ran.analytics),
        responseEnd: Math.round(navigation.responseEnd), domInteractive: Math.round(navigation.domInteractive), dcl: Math.round(navigation.domContentLoadedEventEnd),
        files: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`),
      };
    })));
    await context.close();
    continue;
  }
  await page.waitForFunction(() => window.__banner !== undefined);
  const timeline = await page.evaluate(() => ({
    banner: Math.round(window.__banner),
    dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
    files: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`),
  }));
  console.log(JSON.stringify(timeline));
  await context.close();
}
await browser.close();
server.close();
