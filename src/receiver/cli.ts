#!/usr/bin/env node
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { csvHeader, csvLine, jsonLine } from './export-format.js';
import { toNodeListener } from './node.js';
import { createReceiver, type Receiver, type ReceiverOptions } from './receiver.js';

const USAGE = `cookie-basis-receiver: receives and keeps cookie-basis consent records.

  cookie-basis-receiver [serve] [--port 8787] [--host 127.0.0.1] [--data ./consent-data]
                        [--database-url postgres://…] [--origin https://shop.example …]
                        [--cookie-name cookie_basis] [--path /consent] [--retention-days 1095]
  cookie-basis-receiver verify                       checks the hash chain, names the first broken row
  cookie-basis-receiver export [--format jsonl|csv] [--from DATE] [--to DATE]
  cookie-basis-receiver purge --older-than DAYS      deletes old records, keeps the chain verifiable

Every command takes --data or --database-url (or DATABASE_URL); the default is ./consent-data.
Serve the receiver behind the site's own origin (a path of the same host): only then does
Safari keep the consent cookie it writes for longer than 7 days.`;

const COMMANDS = ['serve', 'verify', 'export', 'purge'] as const;
type Command = (typeof COMMANDS)[number];

class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'database-url': { type: 'string' },
  origin: { type: 'string', multiple: true },
  'cookie-name': { type: 'string' },
  path: { type: 'string' },
  'retention-days': { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'older-than': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function days(value: string | undefined, flag: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} must be a whole number of days (1 or more)`);
  return number;
}

function date(value: string | undefined, flag: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`${flag} must be a date (2026-01-31 or an ISO 8601 time)`);
  return parsed;
}

function origins(values: readonly string[] | undefined): string[] {
  return (values ?? []).map((value) => {
    let origin = '';
    try {
      origin = new URL(value).origin;
    } catch {
      // reported below
    }
    if (!/^https?:\/\//.test(origin)) throw new UsageError(`--origin ${value} is not an http(s) origin`);
    return origin;
  });
}

async function serve(receiver: Receiver, port: number, host: string, path: string, description: string): Promise<void> {
  await receiver.ready;
  const server = createServer(toNodeListener(receiver));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as { port: number };
  console.log(`cookie-basis-receiver: http://${host}:${String(bound)}${path} · records in ${description}`);
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
    receiver.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function exportRecords(receiver: Receiver, format: string, range: { from?: Date; to?: Date }): Promise<void> {
  if (format === 'csv') process.stdout.write(csvHeader());
  for await (const row of receiver.records(range)) {
    const line = format === 'csv' ? csvLine(row) : jsonLine(row);
    if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [given = 'serve', ...extra] = positionals;
  if (!(COMMANDS as readonly string[]).includes(given) || extra.length > 0) throw new UsageError(`unknown command: ${[given, ...extra].join(' ')}`);
  const command = given as Command;
  const databaseUrl = values['database-url'] ?? (values.data === undefined ? process.env.DATABASE_URL : undefined);
  const path = values.path ?? '/consent';
  const options: ReceiverOptions = {
    ...(databaseUrl ? { databaseUrl } : { data: values.data ?? './consent-data' }),
    origins: origins(values.origin),
    cookieName: values['cookie-name'] ?? 'cookie_basis',
    path,
    ...(command === 'serve' ? { retentionDays: days(values['retention-days'], '--retention-days', 1095) } : {}),
  };
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError('--format is jsonl or csv');
  const olderThan = command === 'purge' ? days(values['older-than'], '--older-than') : 0;
  const range = { from: date(values.from, '--from'), to: date(values.to, '--to') };
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number');

  const receiver = createReceiver(options);
  const description = databaseUrl ? 'PostgreSQL' : options.data ?? '';
  if (command === 'serve') {
    await serve(receiver, port, values.host ?? '127.0.0.1', path, description);
    return -1;
  }
  try {
    await receiver.ready;
    switch (command) {
      case 'verify': {
        const result = await receiver.verify();
        if (result.ok) {
          console.log(`chain verified: ${String(result.rows)} records${result.purgedThrough > 0 ? `, after the purge through row ${String(result.purgedThrough)}` : ''}`);
          return 0;
        }
        console.error(`chain broken at row ${String(result.seq)}: ${result.reason} (${String(result.rows)} rows before it verified)`);
        return 1;
      }
      case 'export':
        await exportRecords(receiver, format, range);
        return 0;
      case 'purge': {
        const count = await receiver.purge(olderThan);
        console.log(`purged ${String(count)} records received more than ${String(olderThan)} days ago`);
        return 0;
      }
    }
  } finally {
    await receiver.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`cookie-basis-receiver: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) console.error(`\n${USAGE}`);
    process.exitCode = usage ? 2 : 1;
  },
);
