import type { NationalLaw } from './law.js';

/**
 * Croatia: art. 43 of the Electronic Communications Act (Zakon o elektroničkim komunikacijama, NN 76/22), in force
 * July 2022. Only secondary sources cite its paragraph 4; check against Narodne novine before relying on the paragraph.
 */
export const law: NationalLaw = {
  consent: { hr: 'čl. 43. Zakona o elektroničkim komunikacijama (NN 76/22)', en: 'Art. 43 Electronic Communications Act (OG 76/22)' },
  exemption: { hr: 'čl. 43. Zakona o elektroničkim komunikacijama (NN 76/22), strogo nužno', en: 'Art. 43 Electronic Communications Act (OG 76/22), strictly necessary' },
};
