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
 * The demo's jurisdiction and language switch (a plain GET form in the footer): the shop's pages
 * are served with `jurisdiction` and `lang` on their <cookie-consent>, each checked against what
 * the library knows before it goes into the markup.
 */
const JURISDICTIONS = new Set(['eu', 'at', 'be', 'bg', 'cy', 'cz', 'de', 'dk', 'ee', 'es', 'fi', 'fr', 'gr', 'hr', 'hu', 'ie', 'it', 'lt', 'lu', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'se', 'si', 'sk', 'is', 'li', 'no']);
const LANGUAGES = new Set(['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv']);
async function servePage(ctx, file) {
  const jurisdiction = ctx.query.jurisdiction;
  const lang = ctx.query.lang;
  const attributes = [
    typeof jurisdiction === 'string' && JURISDICTIONS.has(jurisdiction) ? ` jurisdiction="${jurisdiction}"` : '',
    typeof lang === 'string' && LANGUAGES.has(lang) ? ` lang="${lang}"` : '',
  ].join('');
  const html = await readFile(new URL(`./${file}`, import.meta.url), 'utf8');
  ctx.type = 'html';
  ctx.body = html.replace('<cookie-consent src="consent.json"', `<cookie-consent src="consent.json"${attributes}`);
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
