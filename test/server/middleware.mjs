import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createReceiver, toNodeListener } from '../../dist/node/receiver/index.js';

/**
 * Test server additions for @web/test-runner (Koa middleware):
 * - `/tp/<token>/…` is the "third party": the tests reach it as http://127.0.0.1:<port>, another
 *   origin than the pages on localhost. Every request is logged by token.
 * - `/__log/<token>` answers the logged requests as JSON.
 * - `/consent` is the site's own record receiver (in memory); `?delay=ms` holds its answer.
 * - `/test/pages/*.html` are page templates: `{{TP}}`, `{{NONCE}}`, `{{LOADER}}`, `{{ATTRS}}`,
 *   `{{HEAD}}`, `{{LANG}}`, `{{MANY}}`, `{{VENDOR}}`, `{{SERVICE}}` are filled from the query (`t`, `csp`, `build`, `attrs`,
 *   `gpc`, `lang`, `many`); `tt` adds Trusted Types to the CSP, `stub` and `gtagthrows` add
 *   hostile page scripts before the loader, `dropcookie` a page script after it that deletes the
 *   consent cookie (of that name) before the configuration is parsed, `holdidle` holds the page's
 *   idle callbacks until the test calls `window.__releaseIdle()`.
 */
const logs = new Map();
const root = fileURLToPath(new URL('../../', import.meta.url));
const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function thirdParty(ctx, token, rest) {
  ctx.set('Access-Control-Allow-Origin', '*');
  if (ctx.method === 'OPTIONS') {
    ctx.set('Access-Control-Allow-Headers', 'content-type');
    ctx.status = 204;
    return undefined;
  }
  const entry = { path: rest, method: ctx.method, time: Date.now(), query: ctx.querystring, cookie: ctx.get('cookie') !== '' };
  if (!logs.has(token)) logs.set(token, []);
  logs.get(token).push(entry);
  const status = Number(ctx.query.status ?? 200);
  const delay = Number(ctx.query.delay ?? 0);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  const respond = async () => {
    if (ctx.method === 'POST') {
      entry.body = await readBody(ctx.req);
      ctx.status = 204;
      return;
    }
    ctx.status = status;
    const name = rest.split('/').pop().replace(/\.\w+$/, '');
    if (rest.startsWith('js/')) {
      ctx.type = 'application/javascript';
      ctx.body = status === 200 ? `(window.__tp ||= []).push(${JSON.stringify(name)});` : '';
    } else if (rest.startsWith('frame/')) {
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${name}</title><p>Third-party frame ${name}</p>`;
    } else if (rest.startsWith('img/')) {
      ctx.type = 'image/gif';
      ctx.body = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
    } else {
      ctx.body = '';
    }
  };
  return delay ? new Promise((resolve) => setTimeout(resolve, delay)).then(respond) : respond();
}

/** The same categories for both libraries: `vanilla` runs vanilla-cookieconsent 3.1 itself, else cookie-basis's element. */
function library(vanilla, nonce) {
  if (!vanilla) {
    return `<cookie-consent><cookie-category name="necessary" basis="contract"></cookie-category>
<cookie-category name="analytics" basis="consent"><cookie-service name="ga"></cookie-service><cookie-service name="hotjar"></cookie-service></cookie-category>
<cookie-category name="marketing" basis="consent"></cookie-category></cookie-consent>`;
  }
  const texts = { consentModal: { title: 'Cookies', description: 'Choose.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
    preferencesModal: { title: 'Preferences', sections: [] } };
  const options = { hideFromBots: false, categories: { necessary: { enabled: true, readOnly: true },
    analytics: { services: { ga: { label: 'GA' }, hotjar: { label: 'Hotjar' } } }, marketing: {} },
    language: { default: 'en', translations: { en: texts } } };
  return `<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"${nonce}></script>
<script${nonce}>CookieConsent.run(${JSON.stringify(options)}).then(() => { window.__vanillaReady = true; });</script>`;
}

/** `count` consent categories with long names, the first and the last with a gated script each. */
function many(count, tp, nonce) {
  const names = Array.from({ length: count }, (_, i) => `purpose-with-a-long-descriptive-name-${String(i).padStart(3, '0')}`);
  const categories = names.map((name) => `<cookie-category name="${name}" basis="consent"></cookie-category>`).join('\n');
  const scripts = [names[0], names.at(-1)].filter(Boolean).map((name) =>
    `<script type="text/plain" data-category="${name}" nonce="${nonce}">(window.__tp ||= []).push(${JSON.stringify(name)});</script>`);
  return `<cookie-consent>\n${categories}\n</cookie-consent>\n${scripts.join('\n')}`;
}

async function page(ctx) {
  const file = ctx.path.replace(/^\//, '');
  let html;
  try {
    html = await readFile(root + file, 'utf8');
  } catch {
    return false;
  }
  const q = ctx.query;
  const token = String(q.t ?? 'none');
  const nonce = `n${token.replace(/\W/g, '')}${Math.random().toString(36).slice(2)}`;
  const port = ctx.request.host.split(':')[1];
  const tp = `http://127.0.0.1:${port}/tp/${token}`;
  const nonceAttr = q.csp ? ` nonce="${nonce}"` : '';
  const iife = `<script src="/dist/cookie-basis.iife.js"${nonceAttr}></script>`;
  const module = `<script type="module" src="/dist/cookie-basis.js"${nonceAttr}></script>`;
  let loader = { none: '', iife, both: iife + module }[q.build] ?? module;
  if (/^\w+$/.test(String(q.dropcookie ?? ''))) loader += `<script${nonceAttr}>document.cookie = '${q.dropcookie}=; Max-Age=0; Path=/';</script>`;
  let head = `<script${nonceAttr}>window.__events=[];window.__violations=[];window.__messages=[];`
    + `for(const n of ['consent-ready','consent-change'])document.addEventListener(n,(e)=>window.__events.push({type:n,detail:e.detail}));`
    + `document.addEventListener('securitypolicyviolation',(e)=>window.__violations.push(e.violatedDirective+' '+e.blockedURI));`
    + `for(const l of ['info','warn','error']){const o=console[l];console[l]=(...a)=>{window.__messages.push(l+' '+a.join(' '));o.apply(console,a)}}</script>`;
  if (q.stub) head += `<script${nonceAttr}>window.cookieBasis = {};</script>`;
  if (q.gtagthrows) head += `<script${nonceAttr}>window.gtag = function () { throw new Error('broken tag'); };</script>`;
  if (q.holdidle) head += `<script${nonceAttr}>{const held=[];window.requestIdleCallback=(callback)=>held.push(callback);`
    + `window.__releaseIdle=()=>{for(const callback of held.splice(0))callback({didTimeout:false,timeRemaining:()=>50});};}</script>`;
  if (q.nocookies) head += `<script${nonceAttr}>Object.defineProperty(document,'cookie',{get:()=>'',set:()=>{},configurable:true});</script>`;
  if (q.gpc) head = `<script${nonceAttr}>Object.defineProperty(navigator,'globalPrivacyControl',{value:true,configurable:true});</script>` + head;
  if (q.csp) {
    ctx.set('Content-Security-Policy', [
      "default-src 'self'",
      `script-src 'nonce-${nonce}' 'self' http://127.0.0.1:${port}`,
      "style-src 'self'",
      `img-src 'self' http://127.0.0.1:${port}`,
      `frame-src 'self' http://127.0.0.1:${port}`,
      q.csp === 'no-connect' ? "connect-src 'none'" : "connect-src 'self'",
      ...(q.tt ? ["require-trusted-types-for 'script'", 'trusted-types cookie-basis lit-html'] : []),
    ].join('; '));
  }
  ctx.type = 'text/html';
  ctx.body = html
    .replaceAll('{{HEAD}}', head)
    .replaceAll('{{LOADER}}', loader)
    .replaceAll('{{TP}}', tp)
    .replaceAll('{{NONCE}}', q.csp ? nonce : '')
    .replaceAll('{{LIBRARY}}', library(Boolean(q.vanilla), nonceAttr))
    .replaceAll('{{VENDOR}}', q.vendor ? '<cookie-info name="_nv" provider="New Vendor Ltd." party="third"></cookie-info>' : '')
    // A service of the query's name (one of the shared namespace's hard cases, e.g. `constructor`).
    .replaceAll('{{SERVICE}}', /^[\w-]{1,40}$/.test(String(q.service ?? '')) ? `<cookie-service name="${q.service}" provider="Proto Ltd."></cookie-service>` : '')
    .replaceAll('{{MANY}}', many(Number(q.many ?? 0), tp, q.csp ? nonce : ''))
    .replaceAll('{{LANG}}', escapeAttr(String(q.lang ?? 'en')))
    .replaceAll('{{ATTRS}}', String(q.attrs ?? '').split('&&').filter(Boolean).map((pair) => {
      const [name, ...value] = pair.split('=');
      return /^[a-z-]+$/.test(name) ? `${name}="${escapeAttr(value.join('='))}"` : '';
    }).join(' '));
  return true;
}

/** The receiver, behind the test pages' own origin as the README says to serve it (opened at start: PGlite takes seconds). */
const receiver = createReceiver({ data: 'memory://' });

async function consent(ctx) {
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  ctx.respond = false;
  toNodeListener(receiver)(ctx.req, ctx.res);
}

export async function testServer(ctx, next) {
  if (ctx.path === '/consent' || ctx.path.startsWith('/consent/')) return consent(ctx);
  const tp = /^\/tp\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (tp) return thirdParty(ctx, tp[1], tp[2]);
  const log = /^\/__log\/([\w-]+)$/.exec(ctx.path);
  if (log) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logs.get(log[1]) ?? []);
    return undefined;
  }
  if (ctx.path.startsWith('/test/pages/') && ctx.path.endsWith('.html') && (await page(ctx))) return undefined;
  await next();
  // Every page fetches the library as a first-time visitor's browser would: what a test sees in
  // Resource Timing is what a page really loads.
  if (ctx.path.startsWith('/dist/')) ctx.set('Cache-Control', 'no-store');
  return undefined;
}
