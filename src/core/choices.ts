import type { Config, Decisions } from './model.js';
import { nameMap, own } from './names.js';
import { needsConsent } from './policy.js';

/*
 * Turning what the visitor pressed into the choices a record keeps: the write path's and the
 * UI's job, never the fast path's.
 */

/**
 * The choices a record keeps for `decisions` (names of categories or services): a category's
 * decision applies to each of its services unless one is named itself, and the category is
 * recorded as allowed only when every service is. `fallback` gives the choice of a name the
 * decisions do not mention (`undefined`: leave it out of the record).
 */
export function choicesFor(config: Config, decisions: Decisions, fallback: (name: string) => boolean | undefined): Decisions {
  const choices = nameMap<boolean>();
  const pick = (name: string, inherited?: boolean): boolean | undefined => {
    const decided = own(decisions, name);
    return typeof decided === 'boolean' ? decided : inherited ?? fallback(name);
  };
  for (const category of config.categories.filter((c) => c.basis !== 'contract')) {
    if (category.services.length === 0) {
      const choice = pick(category.name);
      if (choice !== undefined) choices[category.name] = choice;
      continue;
    }
    const forAll = own(decisions, category.name);
    const picked = category.services.map((service) => [service.name, pick(service.name, typeof forAll === 'boolean' ? forAll : undefined)] as const);
    for (const [name, choice] of picked) if (choice !== undefined) choices[name] = choice;
    if (picked.every(([, choice]) => choice !== undefined)) choices[category.name] = picked.every(([, choice]) => choice === true);
  }
  return choices;
}

/** Closing the first layer (× or Escape): everything that needs consent refused, legitimate interests as they are. */
export function decisionsForClose(config: Config, allowed: Decisions): Decisions {
  return nameMap(config.categories.filter((c) => c.basis !== 'contract').map((c) => [c.name, !needsConsent(c) && own(allowed, c.name) === true]));
}

/** Decisions for a button: accept all grants every category; reject all refuses consent and objects to the rest. */
export function decisionsFor(config: Config, accept: boolean): Decisions {
  return nameMap(config.categories.filter((c) => c.basis !== 'contract').map((c) => [c.name, accept]));
}
