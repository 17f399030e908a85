// `node bench/receiver.mjs`: the record receiver under load and under a crash, on both stores.
// Each store runs `cookie-basis-receiver serve` as its own process (real HTTP on loopback);
// 50 concurrent clients POST fresh records (with the cookie part, as the loader sends them
// from the site's own pages). Rounds alternate between the stores; medians are reported.
// Then the fault run: the receiver is killed with SIGKILL in the middle of a load, restarted,
// and every record it had acknowledged with 201 is looked up; `verify` must stay clean.
// Options: --rounds N (default 3), --seconds S per round (default 8), --write (README table).
// The clients run on the same 2 cores as the receiver (and, for PostgreSQL, the server).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../scripts/postgres.mjs';
import { cookieFor, record, runCli as run, serveCli as serve } from '../test/node/fixtures.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const ROUNDS = option('--rounds', 3);
const SECONDS = option('--seconds', 8);
const CLIENTS = 50;

const stopped = (child) => new Promise((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve();
  else child.once('exit', resolve);
});

/** 50 clients posting records until `until()` says stop; returns latencies (ms) and the acknowledged ids. */
async function load(url, until) {
  const latencies = [];
  const acknowledged = [];
  let errors = 0;
  const client = async () => {
    while (!until()) {
      const rec = record();
      const started = performance.now();
      try {
        const response = await fetch(url, {
          method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(url).origin },
          body: JSON.stringify({ ...rec, cookie: cookieFor(rec) }),
        });
        await response.arrayBuffer();
        if (response.status === 201) {
          latencies.push(performance.now() - started);
          acknowledged.push(rec.id);
        } else {
          errors++;
        }
      } catch {
        errors++;
        if (until()) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { latencies, acknowledged, errors, seconds: (performance.now() - started) / 1000 };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const median = (values) => quantile(values, 0.5);

async function throughput(store) {
  const { child, url } = await serve(store.args);
  const end = performance.now() + SECONDS * 1000;
  const result = await load(url, () => performance.now() > end);
  child.kill('SIGTERM');
  await stopped(child);
  return {
    perSecond: result.acknowledged.length / result.seconds,
    p50: quantile(result.latencies, 0.5),
    p99: quantile(result.latencies, 0.99),
    errors: result.errors,
  };
}

/** Kills the receiver with SIGKILL mid-load, restarts it, and counts acknowledged records that are gone. */
async function crash(store) {
  const first = await serve(store.args);
  let killed = false;
  const loading = load(first.url, () => killed);
  await new Promise((resolve) => setTimeout(resolve, 3000));
  first.child.kill('SIGKILL');
  await stopped(first.child);
  killed = true;
  const { acknowledged } = await loading;
  const second = await serve(store.args);
  let missing = 0;
  for (const id of acknowledged) {
    const response = await fetch(`${second.url}/${id}`);
    if (response.status !== 200) missing++;
  }
  second.child.kill('SIGTERM');
  await stopped(second.child);
  const verified = await run(['verify', ...store.args]);
  return { acknowledged: acknowledged.length, missing, verify: verified.code === 0 ? verified.stdout.trim() : `FAILED ${verified.stderr.trim()}` };
}

const folder = await mkdtemp(join(tmpdir(), 'cookie-basis-bench-'));
const postgres = process.env.COOKIE_BASIS_TEST_DATABASE_URL ? { url: process.env.COOKIE_BASIS_TEST_DATABASE_URL, stop: () => undefined } : await startPostgres();
const stores = [
  { name: 'PGlite (embedded)', args: ['--data', join(folder, 'data')] },
  { name: 'PostgreSQL 15 (Debian)', args: ['--database-url', postgres.url] },
];
try {
  const results = new Map(stores.map((store) => [store.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const store of round % 2 ? [...stores].reverse() : stores) {
      process.stderr.write(`round ${String(round + 1)}/${String(ROUNDS)}: ${store.name}\n`);
      results.get(store.name).push(await throughput(store));
    }
  }
  const faults = [];
  for (const store of stores) {
    process.stderr.write(`crash: ${store.name}\n`);
    faults.push(await crash(store));
  }
  const lines = [
    `Receiver, ${String(CLIENTS)} concurrent clients posting records for ${String(SECONDS)} s, ${String(ROUNDS)} interleaved rounds, medians (one run, 2 cores shared by clients, receiver and database):`,
    '',
    '| store | records/s | p50 latency | p99 latency | errors | SIGKILL mid-load: acknowledged (201) | of them missing after restart | verify after restart |',
    '|---|---|---|---|---|---|---|---|',
    ...stores.map((store, i) => {
      const rows = results.get(store.name);
      const fault = faults[i];
      return `| ${store.name} | ${median(rows.map((r) => r.perSecond)).toFixed(0)} | ${median(rows.map((r) => r.p50)).toFixed(1)} ms | ${median(rows.map((r) => r.p99)).toFixed(1)} ms | ${String(rows.reduce((sum, r) => sum + r.errors, 0))} | ${String(fault.acknowledged)} | ${String(fault.missing)} | ${fault.verify} |`;
    }),
  ];
  const table = lines.join('\n');
  console.log(table);
  if (args.includes('--write')) {
    const readme = await readFile('README.md', 'utf8');
    const start = '<!-- receiver-bench:start -->';
    const end = '<!-- receiver-bench:end -->';
    if (!readme.includes(start)) throw new Error(`README.md has no ${start} marker`);
    await writeFile('README.md', `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  }
} finally {
  await postgres.stop();
  await rm(folder, { recursive: true, force: true });
}
