import type { NationalLaw } from './law.js';

/**
 * Netherlands: art. 11.7a Telecommunicatiewet: consent in lid 1; the strictly-necessary exemption, and the one for
 * analytics with no or minor privacy impact, in lid 3 onder b (Kamerstukken 33 902; Autoriteit Persoonsgegevens).
 */
export const law: NationalLaw = {
  consent: { nl: 'art. 11.7a lid 1 Telecommunicatiewet', en: 'Art. 11.7a(1) Dutch Telecommunications Act' },
  exemption: { nl: 'art. 11.7a lid 3 onder b Telecommunicatiewet', en: 'Art. 11.7a(3)(b) Dutch Telecommunications Act' },
};
