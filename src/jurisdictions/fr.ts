import type { NationalLaw } from './law.js';

/**
 * France: article 82 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés;
 * the exemption in its last paragraph (2°). The CNIL's audience-measurement exemption (cnil.fr, 4 July 2025) rests on
 * it; the CNIL recommends keeping a choice, consent or refusal, for six months (délibération 2020-092).
 */
export const law: NationalLaw = {
  consent: { fr: 'art. 82 de la loi Informatique et Libertés', en: 'Art. 82 French Data Protection Act (Law No. 78-17)' },
  exemption: { fr: 'art. 82, dernier alinéa, 2°, de la loi Informatique et Libertés', en: 'Art. 82, final paragraph, point 2, French Data Protection Act' },
};
