import { report } from '../report.js';

/** Reports an integration that threw (a broken page `gtag`, a `_paq` that is not an array): contained, never fatal. */
export function reportFailure(integration: string, error: unknown): void {
  report('integrationFailed', integration, String(error));
}
