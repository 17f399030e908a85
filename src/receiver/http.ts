import { RequestError } from './errors.js';

/** Largest body accepted: a record with 600 choices and its cookie stays well below it. */
export const MAX_BODY_BYTES = 8192;

/** A JSON response; never cached (records and receipts are personal data). */
export function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers },
  });
}

/** The error body every refusal has: `{ error, field }`. */
export function refusal(error: RequestError, headers: Readonly<Record<string, string>> = {}): Response {
  return json(error.status, { error: error.message, field: error.field }, headers);
}

/**
 * The body as JSON: `415` unless it says it is JSON, `413` past 8 KB (counted as it streams,
 * whatever `content-length` claims), `400` when it is not UTF-8 or not JSON.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new RequestError(415, 'content-type', 'the body must be sent as application/json');
  const declared = Number(request.headers.get('content-length') ?? '0');
  const tooLarge = (): RequestError => new RequestError(413, 'body', `the body is larger than ${String(MAX_BODY_BYTES)} bytes`);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RequestError(400, 'body', 'the body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestError(400, 'body', 'the body is not valid JSON');
  }
}
