import type { ChoiceMethod, ConsentRecord } from './model.js';

/**
 * The consent cookie's value, format 1: fields joined by `|`, all of them URL-safe so that
 * js-cookie stores them unescaped:
 * `1|id|time (base 36 ms)|revision|method|gpc 0/1|language|config hash|library version|name:1/name:0…`
 */
const FORMAT = '1';
const METHODS: Record<string, ChoiceMethod> = {
  a: 'accept-all', r: 'reject-all', s: 'save', o: 'objection-switch', g: 'gpc',
};
const CODES = Object.fromEntries(Object.entries(METHODS).map(([code, method]) => [method, code])) as Record<ChoiceMethod, string>;
const MAX_LENGTH = 3000;
const MAX_SKEW = 86_400_000;
const FIELD = {
  id: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  time: /^[0-9a-z]{1,10}$/,
  revision: /^[\w.-]{1,32}$/,
  language: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/,
  hash: /^[0-9a-f]{8}$/,
  version: /^\d{1,4}\.\d{1,4}\.\d{1,4}(-[\w.]{1,20})?$/,
  choice: /^(?!__proto__:)([A-Za-z0-9_-]{1,40}):([01])$/,
};

/** Encodes a record for the cookie. */
export function encodeRecord(record: ConsentRecord): string {
  const choices = Object.entries(record.choices).map(([name, on]) => `${name}:${on ? '1' : '0'}`);
  return [
    FORMAT, record.id, Date.parse(record.time).toString(36), record.revision, CODES[record.method],
    record.gpc ? '1' : '0', record.language, record.configHash, record.version, choices.join('/'),
  ].join('|');
}

/**
 * Decodes a cookie value; anything malformed, truncated, oversized, of another format, with
 * duplicated or hostile fields, or dated in the future gives `null` (no choice). Never throws.
 */
export function decodeRecord(value: unknown, now: number): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  const fields = value.split('|');
  if (fields.length !== 10 || fields[0] !== FORMAT) return null;
  const [, id = '', time36 = '', revision = '', code = '', gpc, language = '', configHash = '', version = '', list] = fields;
  const method = Object.hasOwn(METHODS, code) ? METHODS[code] : undefined;
  const time = parseInt(time36, 36);
  if (
    !method || !FIELD.id.test(id) || !FIELD.time.test(time36) || !FIELD.revision.test(revision) ||
    (gpc !== '0' && gpc !== '1') || !FIELD.language.test(language) || !FIELD.hash.test(configHash) || !FIELD.version.test(version) ||
    !Number.isSafeInteger(time) || time > now + MAX_SKEW
  ) {
    return null;
  }
  const choices: Record<string, boolean> = {};
  for (const item of list ? list.split('/') : []) {
    const match = FIELD.choice.exec(item);
    if (!match) return null;
    const [, name, on] = match as unknown as [string, string, string];
    if (Object.hasOwn(choices, name)) return null;
    choices[name] = on === '1';
  }
  return {
    id, time: new Date(time).toISOString(), revision, choices: Object.freeze(choices),
    gpc: gpc === '1', language, method, configHash, version,
  };
}

/** A random version-4 UUID (also on plain-http pages, where `crypto.randomUUID` is missing). */
export function randomId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** FNV-1a hash of a text, 8 hex digits: identifies the configuration and texts a choice was made on. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
