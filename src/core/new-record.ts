import type { ChoiceMethod, Config, ConsentRecord, Decisions, RecordSource } from './model.js';
import { agreedHash } from './offer.js';
import { sha256 } from './sha256.js';
import { VERSION } from './version.js';

/*
 * Making a new record of a choice: only the write path does (the fast path only reads the
 * cookie's records, in record.ts).
 */

/** How a choice was made, for its record. */
export interface ChoiceMade {
  readonly now: number;
  readonly method: ChoiceMethod;
  readonly gpc: boolean;
  readonly language: string;
  readonly source: RecordSource;
  /** The page the choice was made on. */
  readonly page?: { readonly origin: string; readonly path: string };
  /** The texts the visitor was shown when choosing (the banner's, the dialog's, a placeholder's, a button's). */
  readonly shown?: string;
}

/**
 * A new record of a choice (Art. 7(1) GDPR): what was chosen, when, how and where, on which
 * offer, after which texts (their SHA-256), by which version. Frozen: listeners of
 * `consent-change` get the very record that is sent to `record-url`, and cannot change it.
 */
export function createRecord(config: Config, choices: Decisions, made: ChoiceMade): ConsentRecord {
  return Object.freeze({
    id: randomId((bytes) => crypto.getRandomValues(bytes)),
    time: new Date(made.now).toISOString(),
    revision: config.revision,
    choices: Object.freeze({ ...choices }),
    gpc: made.gpc,
    language: made.language,
    method: made.method,
    configHash: agreedHash(config, choices),
    version: VERSION,
    source: made.source,
    jurisdiction: config.jurisdiction,
    ...made.page,
    ...(made.shown === undefined ? {} : { textHash: sha256(made.shown.replace(/\s+/g, ' ').trim()) }),
  });
}

/** A random version-4 UUID (also on plain-http pages, where `crypto.randomUUID` is missing). */
export function randomId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
