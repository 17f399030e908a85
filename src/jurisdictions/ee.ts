import type { NationalLaw } from './law.js';

/** Cited as the Directive; the reason is printed in the console once. */
export const law: NationalLaw = {
  directive: 'Estonia has no unambiguous transposition of Art. 5(3) (Andmekaitse Inspektsioon, yearbook 2019): the Directive is cited.',
};
