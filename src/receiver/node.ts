import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Receiver } from './receiver.js';

/** A Node request as plain `node:http` and Express (`originalUrl`, when mounted under a path) hand it over. */
type NodeRequest = IncomingMessage & { readonly originalUrl?: string };

function toRequest(message: NodeRequest): Request {
  const encrypted = (message.socket as { encrypted?: boolean }).encrypted === true;
  const url = new URL(message.originalUrl ?? message.url ?? '/', `${encrypted ? 'https' : 'http'}://${message.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of value === undefined ? [] : [value].flat()) headers.append(name, item);
  }
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD';
  return new Request(url, {
    method: message.method ?? 'GET',
    headers,
    ...(hasBody ? { body: Readable.toWeb(message) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  });
}

/**
 * The receiver as a `node:http` listener (also usable as Express or Connect middleware, and
 * from Koa with `ctx.respond = false`): `createServer(toNodeListener(receiver))`.
 */
export function toNodeListener(receiver: Pick<Receiver, 'fetch'>): (request: IncomingMessage, response: ServerResponse) => void {
  return (message, reply) => {
    const answer = async (): Promise<void> => {
      let request: Request;
      try {
        request = toRequest(message);
      } catch {
        reply.writeHead(400, { 'content-type': 'application/json; charset=utf-8' }).end('{"error":"the request URL or Host header is not valid","field":"url"}');
        return;
      }
      const response = await receiver.fetch(request);
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') reply.setHeader(name, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.setHeader('set-cookie', cookies);
      reply.statusCode = response.status;
      reply.end(Buffer.from(await response.arrayBuffer()));
    };
    answer().catch((error: unknown) => {
      console.error(`cookie-basis-receiver: ${String(error)}`);
      if (!reply.headersSent) reply.statusCode = 500;
      reply.end();
    });
  };
}
