import type { Category, Config, ConsentState } from '../model.js';
import { accessesDevice, needsConsent } from '../policy.js';
import type { Integration } from './index.js';
import type { VendorSink } from './sink.js';

/**
 * Drives Matomo's own consent API through `_paq` for categories marked `integration="matomo"`,
 * following the device-access rule:
 * - `consent` basis: `requireConsent` (no tracking at all), `setConsentGiven`, `forgetConsentGiven`;
 * - legitimate interest with cookies that need consent: `requireCookieConsent` (cookieless until
 *   then), `rememberCookieConsentGiven`, `forgetCookieConsentGiven`;
 * - legitimate interest without cookies: `disableCookies`;
 * - every legitimate interest: `optUserOut` while the visitor (or GPC) objects, also after the
 *   choice went stale, and `forgetUserOptOut` when the objection is withdrawn.
 */
export function matomo(config: Config, { paq }: VendorSink): Integration {
  const categories = config.categories.filter((c) => c.integration === 'matomo');
  let started = false;
  const first = (category: Category): string | undefined => {
    if (category.basis === 'consent') return 'requireConsent';
    if (needsConsent(category)) return 'requireCookieConsent';
    return accessesDevice(category) ? undefined : 'disableCookies';
  };
  return {
    name: 'Matomo',
    apply(state: ConsentState, changed: readonly string[]): void {
      for (const category of categories) {
        const allowed = state.allowed[category.name] === true;
        if (!started) {
          const command = first(category);
          if (command) paq(command);
        } else if (!changed.includes(category.name)) {
          continue;
        }
        if (category.basis === 'consent') {
          if (allowed) paq('setConsentGiven');
          else if (started) paq('forgetConsentGiven');
          continue;
        }
        if (needsConsent(category)) {
          if (allowed) paq('rememberCookieConsentGiven');
          else if (started) paq('forgetCookieConsentGiven');
        }
        if (state.refused.includes(category.name)) paq('optUserOut');
        else if (started && allowed) paq('forgetUserOptOut');
      }
      started = true;
    },
  };
}
