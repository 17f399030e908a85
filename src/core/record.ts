import type { ChoiceMethod, ConsentRecord } from './model.js';
import { fnv1a } from './hash.js';
import { nameMap } from './names.js';

/**
 * The consent cookie's value: fields joined by `|`, all of them URL-safe so that js-cookie
 * stores them unescaped:
 * `format|id|time (base 36 ms)|revision|method|gpc 0/1|language|config hash|library version|choices`.
 * - Format 1 names each choice: `name:1/name:0…`, readable in the browser's cookie list.
 * - Format 2, used when the names would make the cookie long (many categories), writes each name
 *   as a 5-character hash: `<hashes allowed>.<hashes refused>`. It is read against the names the
 *   site declares, so a name that is no longer declared is simply gone.
 * Reading lives here (the full path); writing is the write path's (`record-encode.ts`).
 */
export const PLAIN = '1';
export const COMPACT = '2';
/** Each choice method's one-letter code in the cookie. */
export const METHODS: Record<string, ChoiceMethod> = {
  a: 'accept-all', r: 'reject-all', s: 'save', c: 'close', o: 'objection-switch', p: 'placeholder', g: 'gpc',
};
/** Longest value read: browsers keep at most 4096 bytes of name and value per cookie. */
const MAX_LENGTH = 4000;
const HASH_LENGTH = 5;
const HASH_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * Most optional categories (and services) one site can declare: their choices must fit in one
 * cookie with room to spare (600 × 5 characters in format 2, about 3.1 KB in all).
 */
export const MAX_CHOICES = 600;
/** How far in the future (ms) a record's time may lie: visitors' clocks are not exact. */
export const MAX_SKEW = 86_400_000;
/** The name of a category or service, as the configuration, the cookie and the receiver accept it. */
export const CHOICE_NAME = /^(?!__proto__$)[A-Za-z0-9_-]{1,40}$/;
/** The shape of each field of a record, as the cookie and the receiver accept it. */
export const FIELD = {
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  time: /^[0-9a-z]{1,10}$/,
  revision: /^[\w.-]{1,32}$/,
  language: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/,
  hash: /^[0-9a-f]{8}$/,
  version: /^\d{1,4}\.\d{1,4}\.\d{1,4}(-[\w.]{1,20})?$/,
  choice: /^(?!__proto__:)([A-Za-z0-9_-]{1,40}):([01])$/,
  hashes: /^(?:[\w-]{5})*$/,
};

/** A category's name as format 2 writes it: 30 bits of its hash in 5 URL-safe characters. */
export function nameHash(name: string): string {
  const hash = fnv1a(name);
  let text = '';
  for (let i = 0; i < HASH_LENGTH; i++) text += HASH_ALPHABET.charAt((hash >>> (6 * i)) & 63);
  return text;
}

/** Format 1's choices, or `null` when one is malformed or repeated. */
function plainChoices(list: string): Record<string, boolean> | null {
  const choices = nameMap<boolean>();
  for (const item of list ? list.split('/') : []) {
    const match = FIELD.choice.exec(item);
    if (!match) return null;
    const [, name, on] = match as unknown as [string, string, string];
    if (Object.hasOwn(choices, name)) return null;
    choices[name] = on === '1';
  }
  return choices;
}

/** Format 2's choices for the declared names (others are dropped), or `null` when malformed or repeated. */
function compactChoices(list: string, names: readonly string[]): Record<string, boolean> | null {
  const [allowed = '', refused = '', ...rest] = list.split('.');
  if (rest.length > 0 || !FIELD.hashes.test(allowed) || !FIELD.hashes.test(refused)) return null;
  const byHash = nameMap(names.map((name) => [nameHash(name), name]));
  const choices = nameMap<boolean>();
  const seen = new Set<string>();
  for (const [hashes, on] of [[allowed, true], [refused, false]] as const) {
    for (let i = 0; i < hashes.length; i += HASH_LENGTH) {
      const hash = hashes.slice(i, i + HASH_LENGTH);
      if (seen.has(hash)) return null;
      seen.add(hash);
      const name = Object.hasOwn(byHash, hash) ? byHash[hash] : undefined;
      if (name !== undefined) choices[name] = on;
    }
  }
  return choices;
}

/**
 * Decodes a cookie value against the names the site declares (format 2 needs them); anything
 * malformed, truncated, oversized, of another format, with duplicated or hostile fields, or
 * dated in the future gives `null` (no choice). Never throws.
 */
export function decodeRecord(value: unknown, now: number, names: readonly string[] = []): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  const fields = value.split('|');
  const [format, id = '', time36 = '', revision = '', code = '', gpc, language = '', configHash = '', version = '', list = ''] = fields;
  if (fields.length !== 10 || (format !== PLAIN && format !== COMPACT)) return null;
  const method = Object.hasOwn(METHODS, code) ? METHODS[code] : undefined;
  const time = parseInt(time36, 36);
  if (
    !method || !FIELD.id.test(id) || !FIELD.time.test(time36) || !FIELD.revision.test(revision) ||
    (gpc !== '0' && gpc !== '1') || !FIELD.language.test(language) || !FIELD.hash.test(configHash) || !FIELD.version.test(version) ||
    !Number.isSafeInteger(time) || time > now + MAX_SKEW
  ) {
    return null;
  }
  const choices = format === PLAIN ? plainChoices(list) : compactChoices(list, names);
  if (!choices) return null;
  return Object.freeze({
    id, time: new Date(time).toISOString(), revision, choices: Object.freeze(choices),
    gpc: gpc === '1', language, method, configHash, version,
  });
}

/**
 * One reading of several valid copies of the consent cookie (other paths or domains): the
 * newest copy's details with the most restrictive choices. A refusal in any copy stands; a
 * permission counts only where every copy gives it; where the copies disagree otherwise the
 * name is left out, so the banner asks about it again.
 */
export function mostRestrictive(records: readonly ConsentRecord[]): ConsentRecord | null {
  const [first, ...others] = records;
  if (!first || others.length === 0) return first ?? null;
  const newest = records.reduce((a, b) => (Date.parse(b.time) > Date.parse(a.time) ? b : a));
  const choices = nameMap<boolean>();
  for (const name of new Set(records.flatMap((record) => Object.keys(record.choices)))) {
    const values = records.map((record) => (Object.hasOwn(record.choices, name) ? record.choices[name] : undefined));
    if (values.includes(false)) choices[name] = false;
    else if (values.every((value) => value === true)) choices[name] = true;
  }
  return Object.freeze({ ...newest, gpc: records.some((record) => record.gpc), choices: Object.freeze(choices) });
}
