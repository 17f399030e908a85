/**
 * `cookie-basis/receiver`: receives the consent records the loader sends to `record-url`,
 * keeps them append-only and hash-chained (PGlite embedded, or PostgreSQL), writes the consent
 * cookie again from the site's own origin, and serves the visitor's receipt. Node ≥ 20; the
 * handler itself is a standard Fetch handler (Deno, Bun, Workers with `databaseUrl`).
 * Never part of a browser bundle.
 */
export { createReceiver, type Receiver, type ReceiverOptions } from './receiver.js';
export { toNodeListener } from './node.js';
export type { Receipt, StoredRecord, Verification } from './ledger.js';
