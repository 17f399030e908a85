import { warn } from '../warn.js';

/** Reports an integration that threw (a broken page `gtag`, a `_paq` that is not an array): contained, never fatal. */
export function reportFailure(integration: string, error: unknown): void {
  warn('integration-failed', `the ${integration} integration failed (${String(error)}); the consent state and the gates are unaffected.`, 'error');
}
