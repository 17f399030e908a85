import type { NationalLaw } from './law.js';

/**
 * Luxembourg: article 4, paragraphe 3, lettre e) of the amended Law of 30 May 2005 on privacy in electronic
 * communications (CNPD, cookies: contexte juridique).
 */
export const law: NationalLaw = {
  consent: { fr: 'art. 4, paragraphe 3, lettre e), de la loi modifiée du 30 mai 2005', de: 'Art. 4 Abs. 3 Buchst. e Gesetz vom 30. Mai 2005', en: 'Art. 4(3)(e) Law of 30 May 2005' },
  exemption: { fr: 'art. 4, paragraphe 3, lettre e), de la loi modifiée du 30 mai 2005 (strictement nécessaire)', de: 'Art. 4 Abs. 3 Buchst. e Gesetz vom 30. Mai 2005 (unbedingt erforderlich)', en: 'Art. 4(3)(e) Law of 30 May 2005 (strictly necessary)' },
};
