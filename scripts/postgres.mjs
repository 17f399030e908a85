// A throw-away PostgreSQL server from Debian's `postgresql` package: initdb in a temporary
// folder, pg_ctl on a free loopback port, trust authentication, torn down after. Run as root
// (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
//   node scripts/postgres.mjs start <state-file>   prints the connection URL
//   node scripts/postgres.mjs stop <state-file>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

/** The newest installed server's bin folder, or `undefined` when PostgreSQL is not installed. */
export function postgresBin() {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT).filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(ROOT, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function asServerUser(command, args) {
  const root = userInfo().uid === 0;
  execFileSync(root ? 'runuser' : command, root ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Starts a server; resolves to `{ url, stop() }`. */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'cookie-basis-pg-'));
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asServerUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'server.log'), '-o', `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  const state = { dir, data, bin };
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    state,
    stop: () => stopPostgres(state),
  };
}

/** Stops the server and removes its folder. */
export function stopPostgres({ dir, data, bin }) {
  try {
    asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [command, stateFile] = process.argv.slice(2);
  if (command === 'start' && stateFile) {
    const { url, state } = await startPostgres();
    writeFileSync(stateFile, JSON.stringify(state));
    console.log(url);
  } else if (command === 'stop' && stateFile) {
    stopPostgres(JSON.parse(readFileSync(stateFile, 'utf8')));
    rmSync(stateFile, { force: true });
  } else {
    console.error('usage: postgres.mjs start|stop <state-file>');
    process.exit(2);
  }
}
