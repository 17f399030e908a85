import type { Config, Exemption } from '../core/model.js';
import { accessesDevice } from '../core/policy.js';

/** A legal finding: its documented code and the explanation. */
export interface LintProblem {
  readonly code: string;
  readonly message: string;
}

/** Cookie names of well-known analytics and advertising tools: never strictly necessary. */
const TRACKING = /^(_ga|_gid|_gat|_gcl|_pk_|_fbp|_fbc|_hj|_uet|_ttp|IDE$|NID$|__utm|mp_|ajs_)/;
const MAX_DAYS = 395;

/**
 * Legal lint of a configuration, printed once when the UI loads: where the configuration is
 * lawful but risky, or where the site misses something the law asks for.
 */
export function lint(config: Config, hasReopenTrigger: boolean): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const category of config.categories) {
    const names = category.cookies.map((c) => c.name).join(', ');
    if (category.basis === 'contract') {
      const tracking = category.cookies.filter((c) => TRACKING.test(c.name)).map((c) => c.name);
      if (tracking.length > 0) {
        problems.push({
          code: 'essential-cookies',
          message: `category "${category.name}" is declared strictly necessary (contract, Art. 6(1)(b) GDPR) but declares analytics or advertising cookies (${tracking.join(', ')}). Regulators call this "inaccurately classified essential cookies" (EDPB Cookie Banner Taskforce, 2023); move them to a consent category.`,
        });
      }
    } else if (category.basis === 'legitimate-interest' && accessesDevice(category)) {
      if (category.exempt === undefined) {
        const what = names ? `stores or reads data on the device (${names})` : 'does not state device-access="none"';
        problems.push({
          code: 'li-declares-cookies',
          message: `category "${category.name}" uses legitimate interest (Art. 6(1)(f) GDPR) but ${what}. Device access needs consent unless strictly necessary (Art. 5(3) ePrivacy Directive and its national law, e.g. § 25(1) TDDDG), so it waits for consent. To run it on legitimate interest, go cookieless and say so with device-access="none", or name an exemption of your jurisdiction (exempt="cnil-audience" with jurisdiction="fr").`,
        });
      } else {
        problems.push({
          code: 'li-exempt',
          message: `category "${category.name}" stores on the device (${names || 'no cookies declared'}) before any choice, under the exemption "${category.exempt}". ${EXEMPTION_SCOPE[category.exempt]} Visitors can object at any time.`,
        });
      }
    }
  }
  if (!hasReopenTrigger && !config.settingsButton) {
    problems.push({
      code: 'no-reopen',
      message: 'no way to reopen the preferences is on the page: withdrawing must be as easy as consenting (Art. 7(3) GDPR). Add an element with data-consent="preferences" (e.g. a footer link) or the settings-button attribute.',
    });
  }
  if (config.cookieMaxAge > MAX_DAYS) {
    problems.push({
      code: 'max-age',
      message: `cookie-max-age="${String(config.cookieMaxAge)}" is over 13 months (${String(MAX_DAYS)} days); regulators expect consent to be renewed at least that often (CNIL: 6 months is good practice).`,
    });
  }
  return problems;
}

/** What each exemption covers, for the site's developers. */
const EXEMPTION_SCOPE: Record<Exemption, string> = {
  'cnil-audience': 'It holds in France only (CNIL audience-measurement exemption: own audience, anonymous statistics, cookies at most 13 months, data kept at most 25 months, e.g. Matomo in its CNIL mode); Germany has no such exemption (§ 25 TDDDG).',
  'strictly-necessary': 'It holds only where the storage is strictly necessary for a service the visitor asked for (Art. 5(3) ePrivacy Directive; § 25(2) no. 2 TDDDG), such as security or load balancing.',
};
