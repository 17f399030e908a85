import type { Category, Config, ConsentState } from '../model.js';
import { accessesDevice, needsConsent } from '../policy.js';
import type { Integration } from '../runtime.js';

type MatomoWindow = Window & { _paq?: unknown[][] };

const paq = (...command: string[]): void => {
  const page = window as MatomoWindow;
  (page._paq ??= []).push(command);
};

/**
 * Drives Matomo's own consent API through `_paq` for categories marked `integration="matomo"`,
 * following the device-access rule:
 * - cookies that need consent: `requireCookieConsent` (cookieless until then), then
 *   `rememberCookieConsentGiven`; `forgetCookieConsentGiven` on withdrawal, plus `optUserOut`
 *   when a legitimate interest is objected to;
 * - no cookies declared (legitimate interest): `disableCookies`, `optUserOut` on objection,
 *   `forgetUserOptOut` when the objection is withdrawn;
 * - cookies under a named exemption: cookies from the start, `optUserOut` on objection.
 */
export function matomo(config: Config): Integration {
  const categories = config.categories.filter((c) => c.integration === 'matomo');
  let started = false;
  /** Off because the visitor (or GPC) objected, not only because consent for cookies is missing. */
  const objected = (category: Category, state: ConsentState): boolean =>
    category.basis === 'legitimate-interest' && state.allowed[category.name] !== true &&
    (!needsConsent(category) || state.gpcHonoured || state.record?.choices[category.name] === false);
  return {
    apply(state: ConsentState, changed: readonly string[]): void {
      for (const category of categories) {
        const allowed = state.allowed[category.name] === true;
        if (!started) {
          if (needsConsent(category)) paq('requireCookieConsent');
          else if (!accessesDevice(category)) paq('disableCookies');
        } else if (!changed.includes(category.name)) {
          continue;
        }
        if (needsConsent(category)) {
          if (allowed) paq('rememberCookieConsentGiven');
          else if (started) paq('forgetCookieConsentGiven');
        }
        if (objected(category, state)) paq('optUserOut');
        else if (started && allowed && category.basis === 'legitimate-interest') paq('forgetUserOptOut');
      }
      started = true;
    },
  };
}
