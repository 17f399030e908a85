/**
 * The vendor integrations, one file each. To add a vendor: write `<vendor>.ts` exporting a
 * factory that returns an `Integration`, and add one line to `REGISTRY`.
 */
import type { Config, ConsentState } from '../model.js';
import { googleConsentMode } from './google-consent-mode.js';
import { matomo } from './matomo.js';
import { reportFailure } from './report.js';

/** Follows every state (Google Consent Mode, Matomo). */
export interface Integration {
  /** Named in the console when `apply` fails. */
  readonly name: string;
  apply(state: ConsentState, changed: readonly string[]): void;
}

const REGISTRY: readonly ((config: Config) => Integration | undefined)[] = [
  (config) => (config.googleConsentMode ? googleConsentMode(config) : undefined),
  (config) => (config.categories.some((c) => c.integration === 'matomo') ? matomo(config) : undefined),
];

/** The integrations a configuration asks for. */
export function integrationsFor(config: Config): Integration[] {
  return REGISTRY.map((make) => make(config)).filter((integration) => integration !== undefined);
}

/** Tells every integration the state; one that throws (a broken page `gtag`) is reported and the others still run. */
export function applyAll(integrations: readonly Integration[], state: ConsentState, changed: readonly string[]): void {
  for (const integration of integrations) {
    try {
      integration.apply(state, changed);
    } catch (error) {
      reportFailure(integration.name, error);
    }
  }
}
