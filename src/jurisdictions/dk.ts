import type { NationalLaw } from './law.js';

/**
 * Denmark: § 3 of Executive Order No. 1148 of 9 December 2011 (the cookie order), supervised by the Agency for
 * Digital Government (formerly the Danish Business Authority). Sources: erhvervsstyrelsen.dk; digst.dk.
 */
export const law: NationalLaw = {
  consent: { da: '§ 3 i bekendtgørelse nr. 1148 af 9. december 2011', en: 's. 3 Executive Order No. 1148 of 9 December 2011' },
  exemption: { da: 'bekendtgørelse nr. 1148 af 9. december 2011 (strengt nødvendig)', en: 'Executive Order No. 1148 of 9 December 2011 (strictly necessary)' },
};
