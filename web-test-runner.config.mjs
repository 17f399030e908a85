import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { testServer } from './test/server/middleware.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

/**
 * Every test runs in Debian's Chromium and Firefox ESR, launched through puppeteer-core: no test
 * tool downloads a browser. The flags keep both browsers off the network (this machine and
 * firewalled CI have none): every host name but the loopback ones resolves to nothing.
 */
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
  '--host-resolver-rules=MAP *.localhost 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
const quietFirefox = {
  'services.settings.server': 'http://127.0.0.1:9/dummy/blocklist/',
  'network.sntp.pools': '127.0.0.1',
  'datareporting.healthreport.documentServerURI': 'http://127.0.0.1:9/x/',
  'extensions.webservice.discoverURL': 'http://127.0.0.1:9/x',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};
const only = process.env.BROWSERS?.split(',');
const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs },
  }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: quietFirefox,
    },
  }),
].filter((launcher) => !only || only.some((name) => launcher.name.toLowerCase().slice(0, 5) === name.toLowerCase().slice(0, 5)));

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
  browserStartTimeout: 60000,
  middleware: [testServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  reporters: [defaultReporter(), countReporter()],
};
