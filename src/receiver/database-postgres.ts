import type { Database, Sql } from './database.js';
import { optionalPeer } from './database.js';

/** A PostgreSQL server through node-postgres: a small pool, one client per transaction. */
export async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await optionalPeer('pg', () => import('pg'));
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on('error', (error) => {
    console.error(`cookie-basis-receiver: PostgreSQL connection lost (${error.message}); it reconnects on the next request`);
  });
  const client = await pool.connect();
  client.release();
  return {
    description: 'PostgreSQL',
    query: async <Row>(text: string, params?: readonly unknown[]) => (await pool.query(text, params ? [...params] : undefined)).rows as Row[],
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const sql: Sql = { query: async <Row>(text: string, params?: readonly unknown[]) => (await connection.query(text, params ? [...params] : undefined)).rows as Row[] };
        const result = await work(sql);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
