// Screenshots of the demo (light/dark, en/de, banner/preferences, desktop/mobile) in Debian Chromium,
// into screenshots/. Needs `npm start` running (PORT, default 8000).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const base = `http://localhost:${process.env.PORT ?? 8000}/demo/`;
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
const only = process.argv[2];
for (const scheme of ['light', 'dark']) {
  for (const lang of ['en', 'de']) {
    for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['mobile', { width: 390, height: 844 }]]) {
      for (const view of ['banner', 'preferences']) {
        const name = `${view}-${scheme}-${lang}-${device}`;
        if (only && !name.includes(only)) continue;
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setExtraHTTPHeaders({ 'Accept-Language': lang });
        await page.evaluateOnNewDocument((l) => { Object.defineProperty(navigator, 'languages', { get: () => [l] }); }, lang);
        // The demo says <html lang="en">, which wins over the browser: serve it as German for the de shots.
        await page.setRequestInterception(true);
        page.on('request', async (request) => {
          if (lang !== 'en' && request.url() === base) {
            const html = await (await fetch(base)).text();
            await request.respond({ contentType: 'text/html', body: html.replace('<html lang="en">', `<html lang="${lang}">`) });
          } else {
            await request.continue();
          }
        });
        await page.goto(base, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'));
        if (view === 'preferences') {
          await page.evaluate(() => { window.cookieBasis?.showPreferences(); });
          await page.waitForFunction(() => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('dialog[open]'));
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.screenshot({ path: `${out}/${name}.png` });
        await context.close();
        console.log(`${out}/${name}.png`);
      }
    }
  }
}
await browser.close();
