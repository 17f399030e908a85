import type { NationalLaw } from './law.js';

/** Cited as the Directive; the reason is printed in the console once. */
export const law: NationalLaw = {
  directive: 'Lithuania’s Law on Electronic Communications (No. IX-2135) was restated and renumbered on 1 December 2021 and its current article could not be confirmed: the Directive is cited.',
};
