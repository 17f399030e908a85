import type { Config, CookieInfo, Decisions } from './model.js';
import { hashText } from './hash.js';
import { unitsByName } from './units.js';

const cookiesOf = (cookies: readonly CookieInfo[]): string[][] => cookies.map((cookie) => [cookie.name, cookie.provider ?? '', cookie.party ?? '', cookie.storage]);

/**
 * What the visitor agreed to, not how it was worded: for each name the choice allowed, the
 * category's basis and exemption, its services with their providers and countries, and the
 * cookies with their providers and parties (a name no longer declared counts as changed).
 * The record keeps this hash (`configHash`); when the same choices hash differently on today's
 * configuration, the offer changed under the visitor's consent without a new `revision`.
 * Computed on every page view of a returning visitor: one pass over the configuration.
 */
export function agreedHash(config: Config, choices: Decisions): string {
  const granted = Object.keys(choices).filter((name) => choices[name] === true).sort();
  const units = unitsByName(config);
  return hashText(JSON.stringify(granted.map((name) => {
    const unit = units.get(name);
    if (!unit) return [name];
    const { category, service } = unit;
    const terms = [name, category.basis, category.exempt ?? ''];
    return service
      ? [...terms, service.provider ?? '', service.country ?? '', cookiesOf(service.cookies)]
      : [...terms, category.services.map((s) => [s.name, s.provider ?? '', s.country ?? '']), cookiesOf(category.cookies)];
  })));
}
