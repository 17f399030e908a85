import type { NationalLaw } from './law.js';

/**
 * Czechia: § 89 odst. 3 of Act No. 127/2005 Coll. on electronic communications, opt-in since 1 January 2022;
 * supervised by the ÚOOÚ. Sources: cikr.cz; Eversheds Sutherland legal alert, 3 November 2021.
 */
export const law: NationalLaw = {
  consent: { cs: '§ 89 odst. 3 zákona č. 127/2005 Sb.', en: 's. 89(3) Act No. 127/2005 Coll.' },
  exemption: { cs: '§ 89 odst. 3 zákona č. 127/2005 Sb. (nezbytně nutné)', en: 's. 89(3) Act No. 127/2005 Coll. (strictly necessary)' },
};
