// Loopback servers for the benchmark: the site (brotli, as a production server sends it) and the
// third party on another origin, which logs every request by run token.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { siteFiles, thirdPartyFiles, variants } from './pages.mjs';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
const LIBRARIES = {
  'cookie-basis': 'dist/',
  'vanilla-cookieconsent': 'node_modules/vanilla-cookieconsent/dist/',
  orejime: 'node_modules/orejime/dist/',
};
const SITE_HOST = 'shop.example';
const cache = new Map();
const brotli = (body) => brotliCompressSync(Buffer.from(body), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

function send(response, path, body, compressed = true) {
  const type = TYPES[extname(path)] ?? 'text/html; charset=utf-8';
  if (!compressed) {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    return;
  }
  // Keyed by content: every round's page (its own token in the URLs) is served as it is, never an earlier round's.
  const key = createHash('sha256').update(body).digest('hex');
  if (!cache.has(key)) cache.set(key, brotli(body));
  response.writeHead(200, { 'content-type': type, 'content-encoding': 'br', 'cache-control': 'no-store' }).end(cache.get(key));
}

/**
 * A throwaway certificate for the site's host: served over https like a production site, so that
 * the browser offers brotli (it does not over plain http to a host other than localhost).
 */
function throwawayCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-basis-bench-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${SITE_HOST}`,
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** Starts both servers; resolves with their origins and the third party's request log. */
export async function startServers() {
  const requests = [];
  let thirdPartyOrigin = '';
  const site = createSecureServer(throwawayCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const variant = /^\/page\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (variant && variants[variant]) {
      send(response, '.html', variants[variant].page(`${thirdPartyOrigin}/${url.searchParams.get('t') ?? 'x'}`));
      return;
    }
    if (siteFiles[url.pathname]) {
      send(response, url.pathname, siteFiles[url.pathname]);
      return;
    }
    const lib = /^\/lib\/([\w-]+)\/([\w.-]+)$/.exec(url.pathname);
    if (lib && LIBRARIES[lib[1]]) {
      try {
        send(response, lib[2], readFileSync(LIBRARIES[lib[1]] + lib[2]));
        return;
      } catch {
        // fall through to 404
      }
    }
    response.writeHead(404).end();
  });
  const thirdParty = createServer((request, response) => {
    const [, token, file] = /^\/([\w-]+)(\/.*)$/.exec(request.url ?? '') ?? [];
    requests.push({ token, file, time: Date.now() });
    if (thirdPartyFiles[file]) send(response, file, thirdPartyFiles[file], false);
    else response.writeHead(404).end();
  });
  const listen = (server) => new Promise((resolve) => { server.listen(0, '127.0.0.1', () => { resolve(server.address().port); }); });
  const sitePort = await listen(site);
  const thirdPartyPort = await listen(thirdParty);
  thirdPartyOrigin = `http://127.0.0.1:${thirdPartyPort}`;
  // A production-like host name (not localhost, which the library treats as a development host and
  // lints there), and another site than the third party's 127.0.0.1: its cookies never reach it.
  const origin = `https://${SITE_HOST}:${sitePort}`;
  return {
    site: origin,
    requests,
    /** Chromium flags that resolve the site's host to loopback and accept its throwaway certificate. */
    browserArgs: [`--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    close: () => { site.close(); thirdParty.close(); },
  };
}
