import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Database, Sql } from './database.js';
import { optionalPeer } from './database.js';

const MEMORY = 'memory://';
const LOCK = 'cookie-basis-receiver.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * One process at a time may open an embedded database folder (two would corrupt it): a pid
 * file claims it, and a claim left by a killed process is taken over.
 */
async function claim(folder: string): Promise<() => Promise<void>> {
  const file = join(folder, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(file, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new Error(`the consent records in ${folder} are open in process ${String(holder)}: stop it first (the embedded database serves one process)`, { cause: error });
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`could not claim ${folder}`);
}

/** The embedded store: PGlite (Postgres compiled to WebAssembly) keeping its files in `folder`, or in memory for `memory://`. */
export async function openPglite(folder: string): Promise<Database> {
  const { PGlite } = await optionalPeer('@electric-sql/pglite', () => import('@electric-sql/pglite'));
  const inMemory = folder === MEMORY;
  const path = inMemory ? folder : resolve(folder);
  let release = (): Promise<void> => Promise.resolve();
  if (!inMemory) {
    await mkdir(path, { recursive: true });
    release = await claim(path);
  }
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(inMemory ? undefined : join(path, 'pgdata'));
  } catch (error) {
    await release();
    throw error;
  }
  const query = async <Row>(sql: Pick<typeof db, 'query'>, text: string, params?: readonly unknown[]): Promise<Row[]> =>
    (await sql.query<Row>(text, params ? [...params] : undefined)).rows;
  return {
    description: inMemory ? 'PGlite (in memory)' : `PGlite (${folder})`,
    query: (text, params) => query(db, text, params),
    transaction: (work) => db.transaction((tx) => {
      const sql: Sql = { query: (text, params) => query(tx, text, params) };
      return work(sql);
    }),
    close: async () => {
      await db.close();
      await release();
    },
  };
}
