import type { Config, Decisions } from './model.js';
import { hashText } from './hash.js';

/**
 * What the visitor agreed to, not how it was worded: for each name the choice allowed, the
 * category's basis and exemption and the cookies it declares with their providers and parties
 * (a name no longer declared counts as changed). The record keeps this hash (`configHash`);
 * when the same choices hash differently on today's configuration, the offer changed under
 * the visitor's consent without a new `revision`.
 */
export function agreedHash(config: Config, choices: Decisions): string {
  const granted = Object.keys(choices).filter((name) => choices[name] === true).sort();
  return hashText(JSON.stringify(granted.map((name) => {
    const category = config.categories.find((c) => c.name === name);
    return category
      ? [name, category.basis, category.exempt ?? '', category.cookies.map((cookie) => [cookie.name, cookie.provider ?? '', cookie.party ?? '', cookie.storage])]
      : [name];
  })));
}
