import type { StoredRecord } from './ledger.js';

/** Export lines for an audit: JSON Lines (everything, as stored) or CSV (one column per field). */

const COLUMNS = [
  'seq', 'receivedAt', 'id', 'time', 'revision', 'method', 'source', 'choices', 'gpc', 'language',
  'jurisdiction', 'origin', 'path', 'configHash', 'textHash', 'version', 'prevHash', 'hash',
] as const;

/** A CSV cell, quoted; a leading `= + - @` is neutralised so that a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function values(row: StoredRecord): Record<(typeof COLUMNS)[number], string> {
  const { record } = row;
  return {
    seq: String(row.seq),
    receivedAt: row.receivedAt,
    id: record.id,
    time: record.time,
    revision: record.revision,
    method: record.method,
    source: record.source ?? '',
    choices: Object.entries(record.choices).map(([name, on]) => `${name}=${on ? 'yes' : 'no'}`).join(' '),
    gpc: record.gpc ? 'yes' : 'no',
    language: record.language,
    jurisdiction: record.jurisdiction ?? '',
    origin: record.origin ?? '',
    path: record.path ?? '',
    configHash: record.configHash,
    textHash: record.textHash ?? '',
    version: record.version,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export const csvHeader = (): string => `${COLUMNS.join(',')}\n`;

export function csvLine(row: StoredRecord): string {
  const fields = values(row);
  return `${COLUMNS.map((column) => cell(fields[column])).join(',')}\n`;
}

export const jsonLine = (row: StoredRecord): string => `${JSON.stringify(row)}\n`;
