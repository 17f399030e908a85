import type { ConsentRecord } from '../core/model.js';
import { canonicalJson, sha256 } from './canonical.js';
import type { Database, Sql } from './database.js';

/**
 * The consent records, append-only and hash-chained, in PostgreSQL (embedded or a server):
 * each row holds the previous row's hash and the SHA-256 of that hash, its sequence number,
 * when it was received and the record's canonical JSON. Editing or deleting a row behind the
 * receiver's back breaks the chain at that row; purging old rows keeps an anchor so that what
 * is left still verifies.
 */

/** What a stored row proves: its place in the chain and when it arrived. */
export interface Receipt {
  readonly id: string;
  readonly seq: number;
  readonly receivedAt: string;
  readonly hash: string;
}

/** A stored row as `export` writes it and `GET /consent/{id}` returns it. */
export interface StoredRecord {
  readonly seq: number;
  readonly receivedAt: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly record: ConsentRecord;
}

/** The result of checking the chain: clean, or the first row that is not what was written. */
export type Verification =
  | { readonly ok: true; readonly rows: number; readonly purgedThrough: number }
  | { readonly ok: false; readonly rows: number; readonly seq: number; readonly reason: string };

export const GENESIS = '0'.repeat(64);
const PAGE = 500;

/** Each migration runs once, in order, in one transaction with its bookkeeping row. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE cookie_basis_records (
     seq         bigint PRIMARY KEY,
     record_id   uuid NOT NULL,
     record_time timestamptz NOT NULL,
     received_at timestamptz NOT NULL,
     record      text NOT NULL,
     prev_hash   char(64) NOT NULL,
     hash        char(64) NOT NULL UNIQUE,
     UNIQUE (record_id, record_time)
   );
   CREATE INDEX cookie_basis_records_received ON cookie_basis_records (received_at);
   CREATE TABLE cookie_basis_head (
     only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
     seq      bigint NOT NULL,
     hash     char(64) NOT NULL
   );
   INSERT INTO cookie_basis_head (seq, hash) VALUES (0, '${GENESIS}');
   CREATE TABLE cookie_basis_purges (
     through_seq bigint PRIMARY KEY,
     hash        char(64) NOT NULL,
     purged_at   timestamptz NOT NULL,
     count       bigint NOT NULL
   );
   CREATE FUNCTION cookie_basis_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' AND current_setting('cookie_basis.purge', true) = 'on' THEN RETURN OLD; END IF;
     RAISE EXCEPTION 'cookie_basis_records is append-only (use cookie-basis-receiver purge)';
   END $$;
   CREATE TRIGGER cookie_basis_append_only BEFORE UPDATE OR DELETE ON cookie_basis_records
     FOR EACH ROW EXECUTE FUNCTION cookie_basis_append_only();`,
];

interface Row {
  seq: unknown;
  received_at: unknown;
  record: string;
  prev_hash: string;
  hash: string;
}

const toNumber = (value: unknown): number => Number(value);
const toIso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();

/** The hash of a row: over the previous hash, the position, the arrival time and the record. */
export function rowHash(prevHash: string, seq: number, receivedAt: string, record: string): Promise<string> {
  return sha256(`${prevHash}\n${String(seq)}\n${receivedAt}\n${record}`);
}

function stored(row: Row): StoredRecord {
  return {
    seq: toNumber(row.seq),
    receivedAt: toIso(row.received_at),
    prevHash: row.prev_hash,
    hash: row.hash,
    record: JSON.parse(row.record) as ConsentRecord,
  };
}

/** Brings the schema up to date, in one transaction; receivers starting at once wait for each other (advisory lock). */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock(7236)');
    await sql.query('CREATE TABLE IF NOT EXISTS cookie_basis_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
    const done = new Set((await sql.query<{ version: number }>('SELECT version FROM cookie_basis_migrations')).map((row) => row.version));
    for (const [index, migration] of MIGRATIONS.entries()) {
      if (done.has(index + 1)) continue;
      for (const statement of splitStatements(migration)) await sql.query(statement);
      await sql.query('INSERT INTO cookie_basis_migrations (version, applied_at) VALUES ($1, now())', [index + 1]);
    }
  });
}

/** Splits a migration into statements (PL/pgSQL bodies between `$$` stay whole). */
function splitStatements(migration: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const part of migration.split(/(\$\$|;)/)) {
    if (part === '$$') inBody = !inBody;
    if (part === ';' && !inBody) {
      if (current.trim()) statements.push(current.trim());
      current = '';
    } else {
      current += part;
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** What became of one appended record: stored now, stored before (the same record again), or a different record under its id and time. */
export type AppendOutcome =
  | { readonly receipt: Receipt; readonly created: boolean }
  | { readonly conflict: true };

/**
 * Appends records in one transaction, in order; a record stored before (same id and time, same
 * content) gets its first receipt back. The chain's head row is locked for the transaction, so
 * receivers sharing one PostgreSQL server append one after the other. Resolves after the commit.
 */
export async function append(db: Database, records: readonly ConsentRecord[], now: Date): Promise<AppendOutcome[]> {
  const receivedAt = now.toISOString();
  return db.transaction(async (sql) => {
    const [head] = await sql.query<{ seq: unknown; hash: string }>('SELECT seq, hash FROM cookie_basis_head FOR UPDATE');
    if (!head) throw new Error('the chain head is missing: was cookie_basis_head edited by hand?');
    let seq = toNumber(head.seq);
    let prevHash = head.hash;
    const outcomes: AppendOutcome[] = [];
    const inThisBatch = new Map<string, { text: string; receipt: Receipt }>();
    for (const record of records) {
      const text = canonicalJson(record);
      const key = `${record.id} ${record.time}`;
      const twin = inThisBatch.get(key);
      if (twin) {
        outcomes.push(twin.text === text ? { receipt: twin.receipt, created: false } : { conflict: true });
        continue;
      }
      const [existing] = await sql.query<Row>(
        'SELECT seq, received_at, record, prev_hash, hash FROM cookie_basis_records WHERE record_id = $1 AND record_time = $2',
        [record.id, record.time],
      );
      if (existing) {
        const { seq: storedSeq, receivedAt: storedAt, hash } = stored(existing);
        outcomes.push(existing.record === text ? { receipt: { id: record.id, seq: storedSeq, receivedAt: storedAt, hash }, created: false } : { conflict: true });
        continue;
      }
      seq += 1;
      const hash = await rowHash(prevHash, seq, receivedAt, text);
      await sql.query(
        'INSERT INTO cookie_basis_records (seq, record_id, record_time, received_at, record, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [seq, record.id, record.time, receivedAt, text, prevHash, hash],
      );
      prevHash = hash;
      const receipt = { id: record.id, seq, receivedAt, hash };
      inThisBatch.set(key, { text, receipt });
      outcomes.push({ receipt, created: true });
    }
    if (seq !== toNumber(head.seq)) await sql.query('UPDATE cookie_basis_head SET seq = $1, hash = $2', [seq, prevHash]);
    return outcomes;
  });
}

/** Every stored row of one record id (a visitor's receipt), oldest first. */
export async function recordsOf(db: Sql, id: string): Promise<StoredRecord[]> {
  const rows = await db.query<Row>(
    'SELECT seq, received_at, record, prev_hash, hash FROM cookie_basis_records WHERE record_id = $1 ORDER BY seq',
    [id],
  );
  return rows.map(stored);
}

/** Rows in order of the chain, a page at a time, optionally only those received in [from, to). */
export async function* rows(db: Sql, range: { readonly from?: Date; readonly to?: Date } = {}): AsyncGenerator<StoredRecord> {
  let after = -1;
  for (;;) {
    const page = await db.query<Row>(
      `SELECT seq, received_at, record, prev_hash, hash FROM cookie_basis_records
       WHERE seq > $1 AND ($2::timestamptz IS NULL OR received_at >= $2) AND ($3::timestamptz IS NULL OR received_at < $3)
       ORDER BY seq LIMIT ${String(PAGE)}`,
      [after, range.from?.toISOString() ?? null, range.to?.toISOString() ?? null],
    );
    for (const row of page) yield stored(row);
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = toNumber(last.seq);
  }
}

/**
 * Walks the chain from its anchor (the last purge, or the start) and names the first row whose
 * position, link or hash is not what the receiver wrote; then checks that the head points at
 * the last row, so that rows deleted from the end are found too.
 */
export async function verify(db: Sql): Promise<Verification> {
  const [anchor] = await db.query<{ through_seq: unknown; hash: string }>(
    'SELECT through_seq, hash FROM cookie_basis_purges ORDER BY through_seq DESC LIMIT 1',
  );
  const purgedThrough = anchor ? toNumber(anchor.through_seq) : 0;
  let expected = { seq: purgedThrough + 1, prevHash: anchor?.hash ?? GENESIS };
  let count = 0;
  const broken = (seq: number, reason: string): Verification => ({ ok: false, rows: count, seq, reason });
  for await (const row of rows(db)) {
    if (row.seq !== expected.seq) return broken(expected.seq, `row ${String(expected.seq)} is missing (the next row is ${String(row.seq)})`);
    if (row.prevHash !== expected.prevHash) return broken(row.seq, `row ${String(row.seq)} does not link to the row before it`);
    const hash = await rowHash(row.prevHash, row.seq, row.receivedAt, canonicalJson(row.record));
    if (hash !== row.hash) return broken(row.seq, `row ${String(row.seq)} was changed after it was written`);
    count++;
    expected = { seq: row.seq + 1, prevHash: row.hash };
  }
  const [head] = await db.query<{ seq: unknown; hash: string }>('SELECT seq, hash FROM cookie_basis_head');
  if (head && (toNumber(head.seq) !== expected.seq - 1 || head.hash !== expected.prevHash)) {
    return broken(expected.seq, `rows ${String(expected.seq)} to ${String(toNumber(head.seq))} were deleted (the chain's head is ${String(toNumber(head.seq))})`);
  }
  return { ok: true, rows: count, purgedThrough };
}

/**
 * Deletes the oldest rows received before `cutoff` (a prefix of the chain, never a row after a
 * younger one) and records the last deleted row's hash as the new anchor. Returns how many went.
 */
export function purge(db: Database, cutoff: Date): Promise<number> {
  return db.transaction(async (sql) => {
    await sql.query('SELECT seq FROM cookie_basis_head FOR UPDATE');
    const [bound] = await sql.query<{ through: unknown }>(
      `SELECT COALESCE(
         (SELECT min(seq) - 1 FROM cookie_basis_records WHERE received_at >= $1),
         (SELECT max(seq) FROM cookie_basis_records)
       ) AS through`,
      [cutoff.toISOString()],
    );
    const through = toNumber(bound?.through ?? 0);
    const [last] = await sql.query<{ hash: string; count: unknown }>(
      `SELECT (SELECT hash FROM cookie_basis_records WHERE seq = $1) AS hash,
              (SELECT count(*) FROM cookie_basis_records WHERE seq <= $1) AS count`,
      [through],
    );
    const count = toNumber(last?.count ?? 0);
    if (!last?.hash || count === 0) return 0;
    await sql.query('INSERT INTO cookie_basis_purges (through_seq, hash, purged_at, count) VALUES ($1, $2, now(), $3)', [through, last.hash, count]);
    await sql.query("SELECT set_config('cookie_basis.purge', 'on', true)");
    await sql.query('DELETE FROM cookie_basis_records WHERE seq <= $1', [through]);
    return count;
  });
}
