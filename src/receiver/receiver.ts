import { FIELD } from '../core/record.js';
import type { ConsentRecord } from '../core/model.js';
import { openDatabase, type Database } from './database.js';
import { RequestError } from './errors.js';
import { json, readJson, refusal } from './http.js';
import { batched } from './batch.js';
import { append, migrate, purge, recordsOf, rows, verify, type StoredRecord, type Verification } from './ledger.js';
import { setCookieHeader } from './set-cookie.js';
import { validateSubmission } from './validate.js';

/** Options of `createReceiver`; the command line's flags map onto them. */
export interface ReceiverOptions {
  /**
   * Folder of the embedded database (PGlite); `memory://` keeps the records in memory only.
   * @default './consent-data'
   */
  readonly data?: string;
  /** A PostgreSQL connection string (`postgres://…`); used instead of `data` when set. */
  readonly databaseUrl?: string;
  /** Other origins whose pages may send records (CORS). The receiver's own origin is always allowed. */
  readonly origins?: readonly string[];
  /**
   * The consent cookie the loader writes (`cookie-name`): the only cookie the receiver sets.
   * @default 'cookie_basis'
   */
  readonly cookieName?: string;
  /**
   * The path records are posted to; receipts are at `{path}/{id}`.
   * @default '/consent'
   */
  readonly path?: string;
  /** When set, records received more than this many days ago are purged at start and every day. */
  readonly retentionDays?: number;
}

/** A consent-record receiver: a standard Fetch handler over an append-only, hash-chained store. */
export interface Receiver {
  /** Answers `POST {path}`, `GET {path}/{id}` and their CORS preflights; anything else is `404`. */
  fetch(request: Request): Promise<Response>;
  /** Resolves once the database is open and migrated; rejects with the reason it cannot be. */
  readonly ready: Promise<void>;
  /** Checks the hash chain; names the first broken row. */
  verify(): Promise<Verification>;
  /** The stored rows in chain order, optionally only those received in [from, to). */
  records(range?: { readonly from?: Date; readonly to?: Date }): AsyncGenerator<StoredRecord>;
  /** Deletes rows received more than `days` days ago, keeping the rest verifiable; returns how many went. */
  purge(days: number): Promise<number>;
  /** Stops the retention timer and closes the database. */
  close(): Promise<void>;
}

const DAY = 86_400_000;

/** Who sent the request: the site itself (cookie may be set), an allowed other origin (CORS), or a refusal. */
function sender(request: Request, allowed: ReadonlySet<string>): { sameSite: boolean; headers: Record<string, string> } {
  const origin = request.headers.get('origin');
  if (origin === null) return { sameSite: true, headers: {} };
  if (origin === new URL(request.url).origin || request.headers.get('sec-fetch-site') === 'same-origin') return { sameSite: true, headers: {} };
  if (allowed.has(origin)) return { sameSite: false, headers: { 'access-control-allow-origin': origin, vary: 'origin' } };
  throw new RequestError(403, 'origin', `records from ${origin.slice(0, 200)} are not accepted: allow the origin with --origin`);
}

function isHttps(request: Request): boolean {
  const origin = request.headers.get('origin');
  return (origin ?? request.url).startsWith('https:') || request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * Creates a receiver. Records are validated field by field; a `201` (`{ id, receivedAt, seq,
 * hash }`) is sent only after the row is committed; the same record again gets `200` and is
 * stored once. No IP address, user agent or cookie is ever stored.
 */
export function createReceiver(options: ReceiverOptions = {}): Receiver {
  const base = (options.path ?? '/consent').replace(/\/+$/, '');
  const cookieName = options.cookieName ?? 'cookie_basis';
  const allowed: ReadonlySet<string> = new Set(options.origins ?? []);
  let timer: ReturnType<typeof setInterval> | undefined;
  const opening = openDatabase(options).then(async (db) => {
    await migrate(db);
    return db;
  });
  const database = (): Promise<Database> => opening;
  const purgeOlderThan = async (days: number): Promise<number> => purge(await database(), new Date(Date.now() - days * DAY));
  const ready = opening.then(async () => {
    const days = options.retentionDays;
    if (days === undefined) return;
    const run = (): void => {
      purgeOlderThan(days).catch((error: unknown) => {
        console.error(`cookie-basis-receiver: the retention purge failed (${String(error)})`);
      });
    };
    await purgeOlderThan(days);
    timer = setInterval(run, DAY);
    (timer as { unref?: () => void }).unref?.();
  });
  ready.catch(() => undefined);
  const store = batched(async (records: readonly ConsentRecord[]) => append(await database(), records, new Date()));

  const receive = async (request: Request, cors: Record<string, string>, sameSite: boolean): Promise<Response> => {
    const body = await readJson(request);
    const submission = validateSubmission(body, cookieName, Date.now());
    await ready;
    const outcome = await store(submission.record);
    if ('conflict' in outcome) throw new RequestError(409, 'id', 'a different record with this id and time is stored already');
    const { receipt, created } = outcome;
    const headers: Record<string, string> = { ...cors };
    if (sameSite && submission.cookie) headers['set-cookie'] = setCookieHeader(submission.cookie, isHttps(request));
    return json(created ? 201 : 200, receipt, headers);
  };

  const receipt = async (id: string, cors: Record<string, string>): Promise<Response> => {
    if (!FIELD.id.test(id)) throw new RequestError(400, 'id', 'the id must be the record id (a version-4 UUID)');
    await ready;
    const records = await recordsOf(await database(), id);
    if (records.length === 0) throw new RequestError(404, 'id', 'no record with this id is stored');
    return json(200, { id, records }, { ...cors, 'content-disposition': `attachment; filename="consent-receipt-${id}.json"` });
  };

  const route = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    const id = pathname.startsWith(`${base}/`) ? decodeURIComponent(pathname.slice(base.length + 1)) : undefined;
    if (pathname !== base && id === undefined) throw new RequestError(404, 'path', `the receiver answers on ${base} and ${base}/{id} only`);
    const methods = id === undefined ? 'POST' : 'GET';
    const { sameSite, headers } = sender(request, allowed);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: { ...headers, 'access-control-allow-methods': methods, 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' },
      });
    }
    try {
      if (request.method !== methods) throw new RequestError(405, 'method', `use ${methods} here`);
      return await (id === undefined ? receive(request, headers, sameSite) : receipt(id, headers));
    } catch (error) {
      if (error instanceof RequestError) return refusal(error, error.status === 405 ? { ...headers, allow: `${methods}, OPTIONS` } : headers);
      throw error;
    }
  };

  return {
    ready,
    fetch: async (request) => {
      try {
        return await route(request);
      } catch (error) {
        if (error instanceof RequestError) return refusal(error);
        console.error(`cookie-basis-receiver: ${request.method} ${new URL(request.url).pathname} failed: ${String(error)}`);
        return json(503, { error: 'the record could not be stored; nothing was kept, send it again later' });
      }
    },
    verify: async () => verify(await database()),
    records: async function* (range) {
      yield* rows(await database(), range);
    },
    purge: purgeOlderThan,
    close: async () => {
      if (timer) clearInterval(timer);
      const db = await opening.catch(() => undefined);
      await db?.close();
    },
  };
}
