// `npm start`: the demo shop on http://localhost:8000 and its "third party" on http://127.0.0.1:8001,
// another origin, so the network panel (and this console) shows what is requested and when.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { createReceiver, toNodeListener } from '../dist/node/receiver/index.js';

const port = Number(process.env.PORT ?? 8000);
const thirdPartyPort = port + 1;
const thirdParty = fileURLToPath(new URL('./third-party/', import.meta.url));
const types = { '.js': 'application/javascript', '.html': 'text/html', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/+/, '');
  console.log(`[third party] ${request.method} /${path}`);
  try {
    if (path.includes('..')) throw new Error('no');
    const body = await readFile(thirdParty + path);
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(thirdPartyPort, '127.0.0.1');

// The consent-record receiver behind the shop's own origin (as the README says to serve it):
// records land in ./consent-data (PGlite); `npx cookie-basis-receiver export --data consent-data`
// lists them once the demo has stopped.
const receiver = createReceiver({ data: fileURLToPath(new URL('../consent-data', import.meta.url)) });
const receive = toNodeListener(receiver);
await receiver.ready;
const stop = () => receiver.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

/**
 * The demo's jurisdiction and language switch: a plain GET form in the footer, written in from
 * the library's own lists, and the shop's pages served with the chosen `jurisdiction` and `lang`
 * on their <cookie-consent> (values checked against those lists before they go into the markup).
 */
const { JURISDICTIONS } = await import('../dist/esm/core/model.js');
const { LANGUAGES } = await import('../dist/esm/i18n/languages.js');
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const option = (value, label, chosen) => `<option value="${value}"${value === chosen ? ' selected' : ''}>${label}</option>`;
function switchForm(jurisdiction, lang) {
  const jurisdictions = JURISDICTIONS.map((code) => option(code, code === 'eu' ? 'EU (Directive)' : regions.of(code.toUpperCase()), jurisdiction));
  const languages = LANGUAGES.map((code) => option(code, new Intl.DisplayNames([code], { type: 'language' }).of(code), lang));
  return `<form class="switch" method="get" aria-label="Demo: jurisdiction and language">
      <label>Jurisdiction <select name="jurisdiction">${jurisdictions.join('')}</select></label>
      <label>Language <select name="lang">${option('', 'the browser\'s', lang)}${languages.join('')}</select></label>
      <button type="submit">Show</button>
    </form>`;
}
async function servePage(ctx, file) {
  const jurisdiction = JURISDICTIONS.includes(ctx.query.jurisdiction) ? ctx.query.jurisdiction : undefined;
  const lang = LANGUAGES.includes(ctx.query.lang) ? ctx.query.lang : undefined;
  const attributes = `${jurisdiction ? ` jurisdiction="${jurisdiction}"` : ''}${lang ? ` lang="${lang}"` : ''}`;
  const html = await readFile(new URL(`./${file}`, import.meta.url), 'utf8');
  ctx.type = 'html';
  ctx.body = html
    .replace('<cookie-consent src="consent.json"', `<cookie-consent src="consent.json"${attributes}`)
    .replace(/<!-- demo:switch[^>]*-->/, switchForm(jurisdiction ?? 'eu', lang ?? ''));
}

await startDevServer({
  config: {
    rootDir: fileURLToPath(new URL('..', import.meta.url)),
    port,
    hostname: 'localhost',
    appIndex: undefined,
    open: false,
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/') ctx.redirect('/demo/');
        if (ctx.path === '/consent' || ctx.path.startsWith('/consent/')) {
          console.log(`[receiver] ${ctx.method} ${ctx.path}`);
          ctx.respond = false;
          receive(ctx.req, ctx.res);
          return undefined;
        }
        const page = /^\/demo\/(index\.html|privacy\.html)?$/.exec(ctx.path);
        if (page && ctx.method === 'GET') return servePage(ctx, page[1] ?? 'index.html');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo shop: http://localhost:${port}/demo/  ·  third party: http://127.0.0.1:${thirdPartyPort}/  ·  consent records: /consent → consent-data/`);
