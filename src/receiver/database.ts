/** What the ledger needs from a database: PGlite (embedded) and PostgreSQL (node-postgres) both provide it. */

/** Runs one statement. Rows come back as plain objects keyed by column name. */
export interface Sql {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  /** Which store this is, for messages: `PGlite (./consent-data)` or `PostgreSQL`. */
  readonly description: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where the records live: a folder for the embedded database, or a PostgreSQL connection string. */
export interface DatabaseLocation {
  readonly data?: string;
  readonly databaseUrl?: string;
}

/** Loads an optional peer dependency, or explains how to install it. */
export async function optionalPeer<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new Error(`cookie-basis-receiver needs the package "${name}": npm install ${name}`, { cause: error });
    }
    throw error;
  }
}

/** Opens the database a location names: PostgreSQL when a URL is given, else the embedded one in `data`. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if (location.databaseUrl) {
    const { openPostgres } = await import('./database-postgres.js');
    return openPostgres(location.databaseUrl);
  }
  const { openPglite } = await import('./database-pglite.js');
  return openPglite(location.data ?? './consent-data');
}
