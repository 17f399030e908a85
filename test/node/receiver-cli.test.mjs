// The `cookie-basis-receiver` command on the embedded store: serve, the one-process claim on the
// folder, verify (clean and after an edit behind its back), export, purge, usage errors.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../dist/node/receiver/database.js';
import { record, runCli as run, serveCli as serve } from './fixtures.mjs';

describe('cookie-basis-receiver command', () => {
  let folder;
  before(async () => { folder = await mkdtemp(join(tmpdir(), 'cookie-basis-cli-')); });
  after(() => rm(folder, { recursive: true, force: true }));

  it('serves, claims its folder against a second process, and hands it over after SIGTERM', async () => {
    const { child, url } = await serve(['--data', folder]);
    const rec = record();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rec) });
    assert.equal(response.status, 201);
    const busy = await run(['verify', '--data', folder]);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, new RegExp(`open in process ${String(child.pid)}`));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);

    const verified = await run(['verify', '--data', folder]);
    assert.equal(verified.code, 0, verified.stderr);
    assert.equal(verified.stdout.trim(), 'chain verified: 1 records');
    const jsonl = await run(['export', '--data', folder]);
    assert.deepEqual(JSON.parse(jsonl.stdout).record, rec);
    const csv = await run(['export', '--format', 'csv', '--data', folder, '--from', '2024-01-01']);
    const [header, line, rest] = csv.stdout.split('\n');
    assert.match(header, /^seq,receivedAt,id,time,revision,method,source,choices/);
    assert.ok(line.includes(`"${rec.id}"`) && line.includes('"marketing=no statistics=yes"'));
    assert.equal(rest, '');
    const none = await run(['export', '--data', folder, '--to', '2024-01-01']);
    assert.equal(none.stdout, '');
    const purged = await run(['purge', '--older-than', '30', '--data', folder]);
    assert.equal(purged.stdout.trim(), 'purged 0 records received more than 30 days ago');
  });

  it('verify names the row edited behind its back and exits 1', async () => {
    const db = await openDatabase({ data: folder });
    await db.transaction(async (sql) => {
      await sql.query("SELECT set_config('session_replication_role', 'replica', true)");
      await sql.query(`UPDATE cookie_basis_records SET record = replace(record, '"revision":"3"', '"revision":"4"') WHERE seq = 1`);
    });
    await db.close();
    const result = await run(['verify', '--data', folder]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /chain broken at row 1: row 1 was changed after it was written/);
  });

  it('explains wrong usage and exits 2', async () => {
    for (const args of [['purge', '--data', folder], ['purge', '--older-than', 'soon', '--data', folder], ['export', '--format', 'xml'], ['shred'], ['--origin', 'not a url'], ['--bogus']]) {
      const result = await run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /cookie-basis-receiver: .+\n\ncookie-basis-receiver: receives/);
    }
  });
});
