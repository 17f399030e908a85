import { CHOICE_METHODS, RECORD_SOURCES, type ConsentRecord } from '../core/model.js';
import { nameMap } from '../core/names.js';
import { CHOICE_NAME, decodeRecord, FIELD, MAX_CHOICES, MAX_SKEW } from '../core/record.js';
import { RequestError } from './errors.js';

/** The consent cookie as the loader wrote it, for the receiver to write again with `Set-Cookie`. */
export interface CookieRequest {
  readonly name: string;
  readonly value: string;
  readonly path: string;
  readonly domain?: string;
  /** Seconds. */
  readonly maxAge: number;
}

/** A validated `POST`: the record to store and, from the site's own pages, the cookie to extend. */
export interface Submission {
  readonly record: ConsentRecord;
  readonly cookie?: CookieRequest;
}

/** Records older than this are refused: the library did not exist. */
const EARLIEST = Date.parse('2024-01-01T00:00:00.000Z');
/** Longest `Max-Age` browsers keep (Chrome caps cookies at 400 days). */
const MAX_COOKIE_AGE = 400 * 86_400;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const SHAPES = {
  configHash: /^(?:[0-9a-f]{8}|[0-9a-f]{64})$/,
  textHash: /^[0-9a-f]{64}$/,
  jurisdiction: /^(?:eu|[a-z]{2})$/,
  path: /^\/[\x21-\x7e]{0,1023}$/,
  cookiePath: /^\/[\x21-\x3a\x3c-\x7e]{0,255}$/,
  cookieName: /^[\w.-]{1,64}$/,
  domain: /^\.?(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i,
};
const RECORD_KEYS = ['id', 'time', 'revision', 'choices', 'gpc', 'language', 'method', 'configHash', 'version', 'source', 'origin', 'path', 'jurisdiction', 'textHash'] as const;
const OPTIONAL_KEYS: ReadonlySet<string> = new Set(['source', 'origin', 'path', 'jurisdiction', 'textHash']);
const COOKIE_KEYS = ['name', 'value', 'path', 'domain', 'maxAge'] as const;

type Json = Readonly<Record<string, unknown>>;

const bad = (field: string, message: string): RequestError => new RequestError(400, field, message);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own keys, refusing any that is not in `known`. */
function checkKeys(object: Json, known: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw bad(prefix + key, `unknown field "${key.slice(0, 40)}"`);
  }
}

function text(object: Json, key: string, pattern: RegExp, field = key): string {
  const value = object[key];
  if (typeof value !== 'string') throw bad(field, `${field} must be a string`);
  if (!pattern.test(value)) throw bad(field, `${field} is not valid`);
  return value;
}

function oneOf<T extends string>(object: Json, key: string, values: readonly T[]): T {
  const value = object[key];
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    throw bad(key, `${key} must be one of ${values.join(', ')}`);
  }
  return value as T;
}

function flag(object: Json, key: string): boolean {
  const value = object[key];
  if (typeof value !== 'boolean') throw bad(key, `${key} must be true or false`);
  return value;
}

function time(object: Json, now: number): string {
  const value = text(object, 'time', ISO_TIME);
  const ms = Date.parse(value);
  if (!Number.isFinite(ms) || new Date(ms).toISOString() !== value) throw bad('time', 'time is not a valid ISO 8601 UTC time');
  if (ms > now + MAX_SKEW) throw bad('time', 'time lies in the future');
  if (ms < EARLIEST) throw bad('time', 'time lies before 2024');
  return value;
}

function choices(object: Json): Readonly<Record<string, boolean>> {
  const value = object.choices;
  if (!isObject(value)) throw bad('choices', 'choices must be an object of names and true/false');
  const entries = Object.entries(value);
  if (entries.length > MAX_CHOICES) throw bad('choices', `choices has more than ${String(MAX_CHOICES)} names`);
  const result = nameMap<boolean>();
  for (const [name, on] of entries.sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!CHOICE_NAME.test(name)) throw bad('choices', `choices has an invalid name "${name.slice(0, 40)}"`);
    if (typeof on !== 'boolean') throw bad(`choices.${name}`, `choices.${name} must be true or false`);
    result[name] = on;
  }
  return result;
}

function origin(object: Json): string {
  const value = text(object, 'origin', /^https?:\/\/[^/?#\s]{1,253}$/);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw bad('origin', 'origin is not a valid URL origin');
  }
  if (parsed.origin !== value) throw bad('origin', 'origin is not a valid URL origin');
  return value;
}

function optionalField(object: Json, key: string): unknown {
  switch (key) {
    case 'source': return oneOf(object, key, RECORD_SOURCES);
    case 'origin': return origin(object);
    case 'path': return text(object, key, SHAPES.path);
    case 'jurisdiction': return text(object, key, SHAPES.jurisdiction);
    case 'textHash': return text(object, key, SHAPES.textHash);
    default: return undefined;
  }
}

/** The record part of a body, in the canonical field order, or a `400` naming the first bad field. */
export function validateRecord(object: Json, now: number): ConsentRecord {
  const required = {
    id: text(object, 'id', FIELD.id),
    time: time(object, now),
    revision: text(object, 'revision', FIELD.revision),
    choices: choices(object),
    gpc: flag(object, 'gpc'),
    language: text(object, 'language', FIELD.language),
    method: oneOf(object, 'method', CHOICE_METHODS),
    configHash: text(object, 'configHash', SHAPES.configHash),
    version: text(object, 'version', FIELD.version),
  };
  const optional: Record<string, unknown> = {};
  for (const key of RECORD_KEYS) {
    if (OPTIONAL_KEYS.has(key) && object[key] !== undefined) optional[key] = optionalField(object, key);
  }
  return { ...required, ...optional };
}

/** The cookie value must say what the record says, so that the receiver never writes a choice it did not store. */
function matches(value: string, record: ConsentRecord, now: number): boolean {
  const decoded = decodeRecord(value, now, Object.keys(record.choices));
  if (!decoded) return false;
  const same = (a: Readonly<Record<string, boolean>>, b: Readonly<Record<string, boolean>>): boolean =>
    Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((name) => Object.hasOwn(b, name) && b[name] === a[name]);
  return decoded.id === record.id && decoded.time === record.time && decoded.revision === record.revision &&
    decoded.method === record.method && decoded.gpc === record.gpc && decoded.language === record.language &&
    decoded.configHash === record.configHash && decoded.version === record.version && same(decoded.choices, record.choices);
}

function cookie(value: unknown, record: ConsentRecord, cookieName: string, now: number): CookieRequest {
  if (!isObject(value)) throw bad('cookie', 'cookie must be an object');
  checkKeys(value, COOKIE_KEYS, 'cookie.');
  const name = text(value, 'name', SHAPES.cookieName, 'cookie.name');
  if (name !== cookieName) throw bad('cookie.name', `this receiver writes the cookie "${cookieName}" (--cookie-name), not "${name}"`);
  const encoded = text(value, 'value', /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]{1,4000}$/, 'cookie.value');
  if (!matches(encoded, record, now)) throw bad('cookie.value', 'cookie.value does not encode this record');
  const path = text(value, 'path', SHAPES.cookiePath, 'cookie.path');
  const domain = value.domain === undefined ? undefined : text(value, 'domain', SHAPES.domain, 'cookie.domain');
  const maxAge = value.maxAge;
  if (typeof maxAge !== 'number' || !Number.isInteger(maxAge) || maxAge < 60 || maxAge > MAX_COOKIE_AGE) {
    throw bad('cookie.maxAge', `cookie.maxAge must be a whole number of seconds from 60 to ${String(MAX_COOKIE_AGE)}`);
  }
  return domain === undefined ? { name, value: encoded, path, maxAge } : { name, value: encoded, path, domain, maxAge };
}

/** Checks a parsed `POST` body field by field; throws a `RequestError` naming the first field that is wrong. */
export function validateSubmission(body: unknown, cookieName: string, now: number): Submission {
  if (!isObject(body)) throw bad('record', 'the body must be a JSON object: the consent record');
  checkKeys(body, [...RECORD_KEYS, 'cookie'], '');
  const record = validateRecord(body, now);
  if (body.cookie === undefined) return { record };
  return { record, cookie: cookie(body.cookie, record, cookieName, now) };
}
