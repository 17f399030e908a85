// Records as the loader sends them, for the receiver's tests and its benchmark.
import { randomUUID } from 'node:crypto';
import { encodeRecord } from '../../dist/node/core/record.js';

/** A valid consent record made now, with `over` replacing fields. */
export const record = (over = {}) => ({
  id: randomUUID(), time: new Date().toISOString(), revision: '3', choices: { marketing: false, statistics: true },
  gpc: false, language: 'de', method: 'save', configHash: '0a1b2c3d', version: '0.1.0', ...over,
});

/** The cookie part of a POST from the site's own pages, as the loader writes it. */
export const cookieFor = (rec, over = {}) => ({ name: 'cookie_basis', value: encodeRecord(rec), path: '/', maxAge: 395 * 86_400, ...over });
