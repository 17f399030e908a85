import type { NationalLaw } from './law.js';

/** Cited as the Directive; the reason is printed in the console once. */
export const law: NationalLaw = {
  directive: 'Bulgaria keeps an opt-out model (чл. 4а Закон за електронната търговия, as practitioners cite it), which does not transpose the consent rule of Art. 5(3) as amended in 2009: the Directive is cited.',
};
