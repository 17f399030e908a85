/**
 * The vendor integrations, one file each. To add a vendor: write `<vendor>.ts` exporting a
 * factory that returns an `Integration`, and add one line to `REGISTRY`.
 */
import type { Config, ConsentState } from '../model.js';
import { googleConsentMode } from './google-consent-mode.js';
import { matomo } from './matomo.js';
import { reportFailure } from './report.js';
import type { VendorSink } from './sink.js';

/** Follows every state (Google Consent Mode, Matomo). */
export interface Integration {
  /** Named in the console when `apply` fails. */
  readonly name: string;
  apply(state: ConsentState, changed: readonly string[]): void;
}

const REGISTRY: readonly ((config: Config, sink: VendorSink) => Integration | undefined)[] = [
  (config, sink) => (config.googleConsentMode ? googleConsentMode(config, sink) : undefined),
  (config, sink) => (config.categories.some((c) => c.integration === 'matomo') ? matomo(config, sink) : undefined),
];

/** The integrations a configuration asks for, sending their commands to `sink`. */
export function integrationsFor(config: Config, sink: VendorSink): Integration[] {
  return REGISTRY.map((make) => make(config, sink)).filter((integration) => integration !== undefined);
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
