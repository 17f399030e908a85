import type { NationalLaw } from './law.js';

/**
 * Italy: art. 122, comma 1, d.lgs. 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali),
 * consent and the exemption in the same comma. Garante, Linee guida cookie of 10 June 2021 (doc. web 9677876): × means
 * continuing without cookies that need consent, and the banner is not shown again for six months.
 */
export const law: NationalLaw = {
  consent: { it: 'art. 122, comma 1, Codice privacy (d.lgs. 196/2003)', en: 'Art. 122(1) Italian Data Protection Code (Legislative Decree 196/2003)' },
  exemption: { it: 'art. 122, comma 1, Codice privacy (strettamente necessari)', en: 'Art. 122(1) Italian Data Protection Code (strictly necessary)' },
};
