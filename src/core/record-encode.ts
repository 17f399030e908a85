import type { ChoiceMethod, ConsentRecord } from './model.js';
import { COMPACT, METHODS, nameHash, PLAIN } from './record.js';

/*
 * Writing the consent cookie's value (the format is described in record.ts): only the write path
 * does, so a visitor who never answers is never sent it.
 */

const CODES = Object.fromEntries(Object.entries(METHODS).map(([code, method]) => [method, code])) as Record<ChoiceMethod, string>;
/** Longest format-1 value written; longer choices are written as format 2. */
const PLAIN_LIMIT = 1800;

/** Encodes a record for the cookie: format 1 while it stays short, else format 2. */
export function encodeRecord(record: ConsentRecord): string {
  const head = (format: string): string => [
    format, record.id, Date.parse(record.time).toString(36), record.revision, CODES[record.method],
    record.gpc ? '1' : '0', record.language, record.configHash, record.version,
  ].join('|');
  const entries = Object.entries(record.choices);
  const plain = `${head(PLAIN)}|${entries.map(([name, on]) => `${name}:${on ? '1' : '0'}`).join('/')}`;
  if (plain.length <= PLAIN_LIMIT) return plain;
  const hashes = (on: boolean): string => entries.filter(([, value]) => value === on).map(([name]) => nameHash(name)).join('');
  return `${head(COMPACT)}|${hashes(true)}.${hashes(false)}`;
}
