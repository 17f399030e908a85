// `npm start`: the demo shop on http://localhost:8000 and its "third party" on http://127.0.0.1:8001,
// another origin, so the network panel (and this console) shows what is requested and when.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

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
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`Demo shop: http://localhost:${port}/demo/  ·  third party: http://127.0.0.1:${thirdPartyPort}/`);
