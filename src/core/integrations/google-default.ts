import { SIGNALS } from '../model.js';
import { report } from '../report.js';
import { reportFailure } from './report.js';
import { pageSink } from './sink.js';

/** Integration name in the console. */
export const GOOGLE_CONSENT_MODE = 'Google Consent Mode';

/** Set on `window` once the default is pushed: the fast path and the full path are separate files, each with this module. */
const PUSHED = Symbol.for('cookie-basis.gcm-default');

/**
 * Pushes `consent default`: every signal denied but `security_storage` (strictly necessary),
 * waiting 500 ms for the update. Called as soon as `<cookie-consent google-consent-mode>` is
 * parsed, so that it precedes every Google tag placed after it; warns when a tag came first.
 * Once per page, whichever build or chunk calls it.
 */
export function pushGoogleDefault(): void {
  const page = window as Window & { [PUSHED]?: true; dataLayer?: unknown[] };
  if (page[PUSHED]) return;
  page[PUSHED] = true;
  const queued = page.dataLayer ?? [];
  if (queued.some((entry) => ['config', 'event', 'js'].includes(String((entry as ArrayLike<unknown> | undefined)?.[0])))) {
    report('gcmLate');
  }
  const defaults: Record<string, string | number> = Object.fromEntries(SIGNALS.map((s) => [s, s === 'security_storage' ? 'granted' : 'denied']));
  defaults.wait_for_update = 500;
  try {
    pageSink.gtag('consent', 'default', defaults);
  } catch (error) {
    reportFailure(GOOGLE_CONSENT_MODE, error);
  }
}
