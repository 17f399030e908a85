import type { NationalLaw } from './law.js';

/**
 * Spain: art. 22.2 Ley 34/2002 de servicios de la sociedad de la información y de comercio electrónico (LSSI):
 * consent in its first paragraph, the exemption in its third (AEPD, Guía sobre el uso de las cookies, 2023/2024).
 * The AEPD calls a consent validity of at most 24 months good practice.
 */
export const law: NationalLaw = {
  consent: { es: 'art. 22.2 LSSI', en: 'Art. 22(2) LSSI' },
  exemption: { es: 'art. 22.2, párrafo tercero, LSSI', en: 'Art. 22(2), third subparagraph, LSSI' },
};
