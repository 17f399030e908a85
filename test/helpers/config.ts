import { parseConfig } from '../../src/core/config.js';
import type { CategoryOptions, ConsentOptions } from '../../src/core/options.js';
import type { Config, ConsentRecord } from '../../src/core/model.js';
import { agreedHash } from '../../src/core/offer.js';

/** The categories of a typical shop: contract, cookieless statistics, Matomo with cookies, marketing. */
export const shopCategories: CategoryOptions[] = [
  { name: 'necessary', basis: 'contract', cookies: [{ name: 'basket' }] },
  { name: 'statistics', basis: 'legitimate-interest', deviceAccess: 'none' },
  { name: 'audience', basis: 'legitimate-interest', cookies: [{ name: '_pk_id.*' }] },
  { name: 'marketing', basis: 'consent', cookies: [{ name: '_fbp' }] },
];

export function config(options: ConsentOptions = {}): Config {
  return parseConfig({ categories: shopCategories, ...options }).config;
}

export const NOW = Date.parse('2026-06-01T12:00:00Z');
export const DAY = 86_400_000;

/** A stored choice, made on the shop's configuration (its `configHash` is what those choices agreed to there). */
export function record(choices: Record<string, boolean>, overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: '123e4567-e89b-42d3-a456-426614174000',
    time: new Date(NOW - DAY).toISOString(),
    revision: '1',
    choices,
    gpc: false,
    language: 'en',
    method: 'save',
    configHash: agreedHash(config(), choices),
    version: '0.1.0',
    ...overrides,
  };
}
