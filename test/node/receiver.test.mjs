// The consent-record receiver against both stores: the embedded PGlite and a real PostgreSQL
// server (started from Debian's package for the run, or given as COOKIE_BASIS_TEST_DATABASE_URL).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { postgresBin, startPostgres } from '../../scripts/postgres.mjs';
import { createReceiver } from '../../dist/node/receiver/index.js';
import { encodeRecord } from '../../dist/node/core/record-encode.js';
import { cookieFor, record } from './fixtures.mjs';
import { openDatabase } from '../../dist/node/receiver/database.js';
import { append, migrate, verify, purge } from '../../dist/node/receiver/ledger.js';

const SITE = 'https://shop.test';
const DAY = 86_400_000;

function post(receiver, body, headers = {}) {
  return receiver.fetch(new Request(`${SITE}/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  }));
}
const get = (receiver, path, headers = {}) => receiver.fetch(new Request(`${SITE}${path}`, { headers }));

async function count(receiver) {
  let n = 0;
  for await (const row of receiver.records()) n += row ? 1 : 0;
  return n;
}

/** The same behaviour, whatever the store. */
function receiverSuite(name, options) {
  describe(`receiver on ${name}`, () => {
    let receiver;
    before(async () => {
      receiver = createReceiver({ ...options(), origins: ['https://partner.test'] });
      await receiver.ready;
    });
    after(() => receiver.close());

    it('stores a record after commit (201), returns it as the receipt, and stores the same record once', async () => {
      const rec = record({ source: 'banner', origin: SITE, path: '/shop', jurisdiction: 'de', textHash: 'a'.repeat(64) });
      const created = await post(receiver, rec);
      assert.equal(created.status, 201);
      const receipt = await created.json();
      assert.equal(receipt.id, rec.id);
      assert.match(receipt.hash, /^[0-9a-f]{64}$/);
      assert.ok(Number.isInteger(receipt.seq) && receipt.seq > 0);
      assert.ok(Math.abs(Date.parse(receipt.receivedAt) - Date.now()) < 60_000);

      const again = await post(receiver, rec);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), receipt);

      const download = await get(receiver, `/consent/${rec.id}`);
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition'), /attachment; filename="consent-receipt-/);
      assert.equal(download.headers.get('cache-control'), 'no-store');
      const body = await download.json();
      assert.equal(body.records.length, 1);
      assert.deepEqual(body.records[0].record, rec);
      assert.equal(body.records[0].hash, receipt.hash);
    });

    it('refuses a different record under the same id and time (409) and keeps the first', async () => {
      const rec = record();
      assert.equal((await post(receiver, rec)).status, 201);
      const forged = await post(receiver, { ...rec, choices: { marketing: true, statistics: true } });
      assert.equal(forged.status, 409);
      assert.equal((await forged.json()).field, 'id');
      const { records } = await (await get(receiver, `/consent/${rec.id}`)).json();
      assert.deepEqual(records.map((r) => r.record.choices), [{ marketing: false, statistics: true }]);
    });

    it('writes the same consent cookie with Set-Cookie for the site itself: lifetime, path, domain, SameSite, Secure on https', async () => {
      const rec = record();
      const response = await post(receiver, { ...rec, cookie: cookieFor(rec, { domain: 'shop.test' }) }, { origin: SITE, 'sec-fetch-site': 'same-origin' });
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('set-cookie'), `cookie_basis=${encodeRecord(rec)}; Max-Age=${String(395 * 86_400)}; Path=/; Domain=shop.test; SameSite=Lax; Secure`);
      const plain = record();
      const insecure = await receiver.fetch(new Request('http://localhost:8000/consent', {
        method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:8000' }, body: JSON.stringify({ ...plain, cookie: cookieFor(plain) }),
      }));
      assert.equal(insecure.headers.get('set-cookie'), `cookie_basis=${encodeRecord(plain)}; Max-Age=${String(395 * 86_400)}; Path=/; SameSite=Lax`);
    });

    it('answers allowed origins with CORS and no cookie, and refuses other origins (403) without storing', async () => {
      const preflight = await receiver.fetch(new Request(`${SITE}/consent`, { method: 'OPTIONS', headers: { origin: 'https://partner.test', 'access-control-request-method': 'POST' } }));
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.test');
      assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
      const rec = record();
      const partner = await post(receiver, { ...rec, cookie: cookieFor(rec) }, { origin: 'https://partner.test' });
      assert.equal(partner.status, 201);
      assert.equal(partner.headers.get('access-control-allow-origin'), 'https://partner.test');
      assert.equal(partner.headers.get('set-cookie'), null);

      const before = await count(receiver);
      const evil = record();
      const refused = await post(receiver, evil, { origin: 'https://evil.test' });
      assert.equal(refused.status, 403);
      assert.equal((await refused.json()).field, 'origin');
      const refusedPreflight = await receiver.fetch(new Request(`${SITE}/consent`, { method: 'OPTIONS', headers: { origin: 'null' } }));
      assert.equal(refusedPreflight.status, 403);
      assert.equal(await count(receiver), before);
    });

    it('refuses every malformed, oversized, mistyped or injected request with a 4xx naming the field, and stores nothing', async () => {
      const ok = record();
      const without = (key) => Object.fromEntries(Object.entries(record()).filter(([k]) => k !== key));
      const many = Object.fromEntries(Array.from({ length: 601 }, (_, i) => [`c${String(i)}`, true]));
      const cases = [
        ['not JSON', '{"id": ', 400, 'body'],
        ['an array', '[]', 400, 'record'],
        ['null', 'null', 400, 'record'],
        ['a string', '"consent"', 400, 'record'],
        ['no id', without('id'), 400, 'id'],
        ['an id that is not a UUID', record({ id: 'x' }), 400, 'id'],
        ['a version-1 UUID', record({ id: '6fa459ea-ee8a-11e3-ac10-0800200c9a66' }), 400, 'id'],
        ['SQL in the id', record({ id: "'; DROP TABLE cookie_basis_records; --" }), 400, 'id'],
        ['no time', without('time'), 400, 'time'],
        ['a date without time', record({ time: '2026-01-01' }), 400, 'time'],
        ['a time two days ahead', record({ time: new Date(Date.now() + 2 * DAY).toISOString() }), 400, 'time'],
        ['a time before 2024', record({ time: '2019-05-01T00:00:00.000Z' }), 400, 'time'],
        ['a numeric time', record({ time: Date.now() }), 400, 'time'],
        ['an impossible date', record({ time: '2026-02-30T10:00:00.000Z' }), 400, 'time'],
        ['a revision of 33 characters', record({ revision: 'r'.repeat(33) }), 400, 'revision'],
        ['markup in the revision', record({ revision: '<script>alert(1)</script>' }), 400, 'revision'],
        ['a NUL in the revision', record({ revision: 'a\u0000b' }), 400, 'revision'],
        ['choices as a list', record({ choices: ['statistics'] }), 400, 'choices'],
        ['a choice given as text', record({ choices: { statistics: 'yes' } }), 400, 'choices.statistics'],
        ['a non-ASCII choice name', record({ choices: { 'statistik✓': true } }), 400, 'choices'],
        ['a __proto__ choice', `{"id":"${ok.id}","time":"${ok.time}","revision":"1","choices":{"__proto__":true},"gpc":false,"language":"en","method":"save","configHash":"0a1b2c3d","version":"0.1.0"}`, 400, 'choices'],
        ['601 choices', record({ choices: many }), 400, 'choices'],
        ['gpc as text', record({ gpc: 'false' }), 400, 'gpc'],
        ['a bad language', record({ language: 'english!' }), 400, 'language'],
        ['a lone surrogate in the language', record({ language: 'd\ud800' }), 400, 'language'],
        ['an unknown method', record({ method: 'sneaky' }), 400, 'method'],
        ['a bad configHash', record({ configHash: 'zz' }), 400, 'configHash'],
        ['a bad version', record({ version: '1' }), 400, 'version'],
        ['an IP address field', record({ ip: '203.0.113.9' }), 400, 'ip'],
        ['a user agent field', record({ userAgent: 'Mozilla/5.0' }), 400, 'userAgent'],
        ['an unknown source', record({ source: 'email' }), 400, 'source'],
        ['a script origin', record({ origin: 'javascript:alert(1)' }), 400, 'origin'],
        ['an origin with a path', record({ origin: 'https://shop.test/x' }), 400, 'origin'],
        ['a relative path', record({ path: 'shop' }), 400, 'path'],
        ['an upper-case jurisdiction', record({ jurisdiction: 'DE' }), 400, 'jurisdiction'],
        ['a short textHash', record({ textHash: 'abc' }), 400, 'textHash'],
        ['another cookie name', { ...ok, cookie: cookieFor(ok, { name: 'session' }) }, 400, 'cookie.name'],
        ['a cookie of another record', { ...ok, cookie: cookieFor(record()) }, 400, 'cookie.value'],
        ['attributes injected in the cookie value', { ...ok, cookie: cookieFor(ok, { value: `${encodeRecord(ok)}; Domain=evil.test` }) }, 400, 'cookie.value'],
        ['a ten-year cookie', { ...ok, cookie: cookieFor(ok, { maxAge: 3650 * 86_400 }) }, 400, 'cookie.maxAge'],
        ['a cookie path with ;', { ...ok, cookie: cookieFor(ok, { path: '/; Secure' }) }, 400, 'cookie.path'],
        ['a cookie domain with attributes', { ...ok, cookie: cookieFor(ok, { domain: 'evil.test; Secure' }) }, 400, 'cookie.domain'],
        ['an unknown cookie field', { ...ok, cookie: { ...cookieFor(ok), httpOnly: false } }, 400, 'cookie.httpOnly'],
        ['text/plain', [JSON.stringify(ok), { 'content-type': 'text/plain' }], 415, 'content-type'],
        ['a form post', [`id=${ok.id}`, { 'content-type': 'application/x-www-form-urlencoded' }], 415, 'content-type'],
        ['9 KB', record({ revision: '1', path: `/${'p'.repeat(9000)}` }), 413, 'body'],
        ['9 KB with a lying content-length', [new Uint8Array(9000).fill(32), { 'content-length': '10' }], 413, 'body'],
        ['invalid UTF-8', [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), {}], 400, 'body'],
        ['8000 nested brackets', '['.repeat(8000), 400, 'body'],
      ];
      assert.ok(cases.length >= 30);
      const stored = await count(receiver);
      for (const [label, input, status, field] of cases) {
        const [body, headers] = Array.isArray(input) && input.length === 2 && typeof input[1] === 'object' && !Array.isArray(input[1]) ? input : [input, {}];
        const response = await post(receiver, body, headers);
        assert.equal(response.status, status, label);
        const error = await response.json();
        assert.equal(error.field, field, label);
        assert.equal(typeof error.error, 'string', label);
      }
      const misuse = [
        [await get(receiver, '/consent/not-a-uuid'), 400, 'id'],
        [await get(receiver, `/consent/${randomUUID()}`), 404, 'id'],
        [await receiver.fetch(new Request(`${SITE}/consent`, { method: 'PUT', body: '{}' })), 405, 'method'],
        [await receiver.fetch(new Request(`${SITE}/consent`, { method: 'DELETE' })), 405, 'method'],
        [await get(receiver, '/admin'), 404, 'path'],
      ];
      for (const [response, status, field] of misuse) {
        assert.equal(response.status, status);
        assert.equal((await response.json()).field, field);
      }
      assert.equal(await count(receiver), stored, 'nothing was stored');
      assert.equal((await post(receiver, record())).status, 201, 'still answering');
    });

    it('appends 50 concurrent records in one unbroken chain, and the same record sent 5 times at once is stored once', async () => {
      const records = Array.from({ length: 50 }, () => record());
      const responses = await Promise.all(records.map((rec) => post(receiver, rec)));
      assert.deepEqual(responses.map((r) => r.status), Array(50).fill(201));
      const seqs = await Promise.all(responses.map(async (r) => (await r.json()).seq));
      assert.equal(new Set(seqs).size, 50);
      const twin = record();
      const twins = await Promise.all(Array.from({ length: 5 }, () => post(receiver, twin)));
      assert.deepEqual(twins.map((r) => r.status).sort(), [200, 200, 200, 200, 201]);
      const { records: stored } = await (await get(receiver, `/consent/${twin.id}`)).json();
      assert.equal(stored.length, 1);
      assert.deepEqual(await receiver.verify(), { ok: true, rows: await count(receiver), purgedThrough: 0 });
    });
  });
}

/** Tampering behind the receiver's back, found by verify; purging keeps the rest verifiable. */
function ledgerSuite(name, location) {
  describe(`hash chain on ${name}`, () => {
    let db;
    before(async () => {
      db = await openDatabase(location());
      await migrate(db);
    });
    after(() => db.close());

    const fill = async (n, at = () => new Date()) => {
      for (let i = 0; i < n; i++) await append(db, [record()], at(i));
    };
    const bypass = async (statement, params) => db.transaction(async (sql) => {
      await sql.query("SELECT set_config('session_replication_role', 'replica', true)");
      await sql.query(statement, params);
    });

    it('purges old rows as a prefix and what is left still verifies; verify names the first edited, deleted or trailing-deleted row', async () => {
      await fill(4, (i) => new Date(Date.now() - (500 - i) * DAY));
      await fill(5);
      const before = await verify(db);
      assert.equal(before.ok, true);
      const purged = await purge(db, new Date(Date.now() - 365 * DAY));
      assert.equal(purged, 4);
      const afterPurge = await verify(db);
      assert.equal(afterPurge.ok, true);
      assert.equal(afterPurge.rows, before.rows - 4);
      assert.equal(afterPurge.purgedThrough, 4);
      await fill(2);
      assert.equal((await verify(db)).ok, true);

      await bypass(`UPDATE cookie_basis_records SET record = replace(record, '"statistics":true', '"statistics":false') WHERE seq = 8`);
      assert.deepEqual(await verify(db), { ok: false, rows: 3, seq: 8, reason: 'row 8 was changed after it was written' });
      await bypass('DELETE FROM cookie_basis_records WHERE seq = 8');
      const deleted = await verify(db);
      assert.equal(deleted.ok, false);
      assert.equal(deleted.seq, 8);
      await bypass('DELETE FROM cookie_basis_records WHERE seq >= 8');
      const trailing = await verify(db);
      assert.equal(trailing.ok, false);
      assert.equal(trailing.seq, 8);
      assert.match(trailing.reason, /deleted/);
    });

    it('refuses updates and deletes through SQL: the table is append-only', async () => {
      await fill(1);
      await assert.rejects(db.query("UPDATE cookie_basis_records SET record = '{}'"), /append-only/);
      await assert.rejects(db.query('DELETE FROM cookie_basis_records'), /append-only/);
    });
  });
}

receiverSuite('PGlite (in memory)', () => ({ data: 'memory://' }));
ledgerSuite('PGlite (in memory)', () => ({ data: 'memory://' }));

const given = process.env.COOKIE_BASIS_TEST_DATABASE_URL;
if (given || postgresBin()) {
  let server;
  let url = given;
  const databases = {};
  before(async () => {
    if (!url) {
      server = await startPostgres();
      url = server.url;
    }
    // One fresh database per suite, so that each chain starts empty.
    const suffix = randomUUID().slice(0, 8);
    const admin = await openDatabase({ databaseUrl: url });
    try {
      for (const name of ['receiver', 'ledger', 'shared']) {
        await admin.query(`CREATE DATABASE cb_${name}_${suffix}`);
        const target = new URL(url);
        target.pathname = `/cb_${name}_${suffix}`;
        databases[name] = target.href;
      }
    } finally {
      await admin.close();
    }
  });
  after(() => server?.stop());
  receiverSuite('PostgreSQL', () => ({ databaseUrl: databases.receiver }));
  ledgerSuite('PostgreSQL', () => ({ databaseUrl: databases.ledger }));
  describe('two receivers on one PostgreSQL server', () => {
    it('interleave their appends in one chain', async () => {
      const a = createReceiver({ databaseUrl: databases.shared });
      const b = createReceiver({ databaseUrl: databases.shared });
      try {
        await Promise.all([a.ready, b.ready]);
        const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => post(i % 2 ? a : b, record())));
        assert.ok(responses.every((r) => r.status === 201));
        assert.equal((await a.verify()).ok, true);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });
} else if (process.env.CI) {
  it('PostgreSQL is available in CI', () => {
    assert.fail('PostgreSQL is not installed: .ci/run installs Debian\'s postgresql package');
  });
} else {
  console.log('# PostgreSQL is not installed here: the receiver was tested on PGlite only (apt-get install -y postgresql)');
}
