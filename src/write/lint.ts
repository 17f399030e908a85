import { unitsByName } from '../core/units.js';
import type { Config, Exemption } from '../core/model.js';
import { accessesDevice } from '../core/policy.js';

/** A legal finding: its documented code, how serious it is, and the explanation. */
export interface LintProblem {
  readonly code: string;
  readonly level: 'error' | 'warn' | 'info';
  readonly message: string;
}

/** What the lint needs to know about the page besides the configuration. */
export interface PageFacts {
  /** An element with `data-consent="preferences"` (or vanilla's `data-cc`) reopens the preferences. */
  readonly hasReopenTrigger: boolean;
  /** Gated-looking scripts that are not inert (`data-category` or `data-service` without `type="text/plain"`): they ran before any choice. */
  readonly liveGatedScripts: readonly string[];
  /** Gated scripts and embeds with their names and the origin of their source, when it is another site's. */
  readonly foreignSources: readonly { readonly names: readonly string[]; readonly origin: string }[];
  /** The language asked for (`lang`, `<html lang>`), when none of the built-in languages matches it. */
  readonly unsupportedLanguage?: string;
}

/** Cookie names of well-known analytics and advertising tools: never strictly necessary. */
const TRACKING = /^(_ga|_gid|_gat|_gcl|_pk_|_fbp|_fbc|_hj|_uet|_ttp|IDE$|NID$|__utm|mp_|ajs_)/;
const MAX_DAYS = 395;

/**
 * Legal lint of a configuration and its page, printed once when the UI loads: where the
 * configuration is lawful but risky, or where the site misses something the law asks for.
 */
export function lint(config: Config, page: PageFacts): LintProblem[] {
  const problems: LintProblem[] = [];
  const units = unitsByName(config);
  for (const category of config.categories) {
    const names = category.cookies.map((c) => c.name).join(', ');
    if (category.basis === 'contract') {
      const suspect = category.cookies.filter((c) => TRACKING.test(c.name) || c.party === 'third').map((c) => c.name);
      if (suspect.length > 0) {
        problems.push({
          code: 'essential-cookies', level: 'error',
          message: `category "${category.name}" is declared strictly necessary (contract) but declares analytics, advertising or third-party cookies (${suspect.join(', ')}). Regulators call this "inaccurately classified essential cookies" (EDPB Cookie Banner Taskforce, 2023); move them to a consent category.`,
        });
      }
    } else if (category.basis === 'legitimate-interest' && accessesDevice(category)) {
      if (category.exempt === undefined) {
        const what = names ? `stores or reads data on the device (${names})` : 'does not state device-access="none"';
        problems.push({
          code: 'li-declares-cookies', level: 'info',
          message: `category "${category.name}" uses legitimate interest (Art. 6(1)(f) GDPR) but ${what}. Device access needs consent unless strictly necessary (Art. 5(3) ePrivacy Directive and its national law, e.g. § 25(1) TDDDG), so it waits for consent. To run it on legitimate interest, go cookieless and say so with device-access="none", or name an exemption of your jurisdiction (exempt="cnil-audience" with jurisdiction="fr").`,
        });
      } else {
        problems.push({
          code: 'li-exempt', level: 'warn',
          message: `category "${category.name}" stores on the device (${names || 'no cookies declared'}) before any choice, under the exemption "${category.exempt}". ${EXEMPTION_SCOPE[category.exempt]} Visitors can object at any time.`,
        });
      }
    }
  }
  for (const { names, origin } of page.foreignSources) {
    const cookieless = names.map((name) => units.get(name)?.category).find((category) => category?.deviceAccess === 'none');
    if (!cookieless) continue;
    problems.push({
      code: 'cookieless-third-party', level: 'warn',
      message: `category "${cookieless.name}" claims device-access="none" and runs before any choice, but loads from ${origin}: a third-party script or embed usually reads or stores on the device and receives the visitor's IP address (EDPB Guidelines 2/2023; LG München I, 3 O 17493/20). Serve it yourself, or move it to a consent category.`,
    });
  }
  for (const script of page.liveGatedScripts) {
    problems.push({
      code: 'live-gated-script', level: 'error',
      message: `${script} has data-category or data-service but not type="text/plain": it ran before any choice. Add type="text/plain" (and data-type for a module) so that it waits for its category.`,
    });
  }
  if (!page.hasReopenTrigger && !config.settingsButton) {
    problems.push({
      code: 'no-reopen', level: 'warn',
      message: 'no way to reopen the preferences is on the page, so the floating settings button is shown: withdrawing must be as easy as consenting (Art. 7(3) GDPR). Add an element with data-consent="preferences" (e.g. a footer link), or set the settings-button attribute to keep the button on purpose.',
    });
  }
  if (config.policyUrl === undefined) {
    problems.push({
      code: 'no-policy-url', level: 'warn',
      message: 'no policy-url: the first layer links to no privacy policy, though the information of Art. 13 GDPR must be one click away. Set policy-url="/privacy" (and put <cookie-declaration> there).',
    });
  }
  if (config.cookieMaxAge > MAX_DAYS) {
    problems.push({
      code: 'max-age', level: 'warn',
      message: `cookie-max-age="${String(config.cookieMaxAge)}" is over 13 months (${String(MAX_DAYS)} days); regulators expect consent to be renewed at least that often (CNIL: 6 months is good practice).`,
    });
  }
  if (page.unsupportedLanguage !== undefined) {
    problems.push({
      code: 'unsupported-language', level: 'info',
      message: `lang="${page.unsupportedLanguage}" is not one of the 24 built-in languages (the official languages of the EU); the texts follow the visitor's browser, else English. Give your own with texts: { "${page.unsupportedLanguage}": { … } } only for a complete set.`,
    });
  }
  return problems;
}

/** What each exemption covers, for the site's developers. */
const EXEMPTION_SCOPE: Record<Exemption, string> = {
  'cnil-audience': 'It holds in France only (CNIL audience-measurement exemption: own audience, anonymous statistics, cookies at most 13 months, data kept at most 25 months, e.g. Matomo in its CNIL mode); Germany has no such exemption (§ 25 TDDDG).',
  'strictly-necessary': 'It holds only where the storage is strictly necessary for a service the visitor asked for (Art. 5(3) ePrivacy Directive; § 25(2) no. 2 TDDDG), such as security or load balancing.',
};
