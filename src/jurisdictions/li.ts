import type { NationalLaw } from './law.js';

/**
 * Liechtenstein: Art. 61 Abs. 4 Kommunikationsgesetz (KomG, LGBl. 2006 Nr. 91), introduced by the revision in force
 * 1 February 2025 (Datenschutzstelle, Aktualisierung Cookies und vergleichbare Technologien).
 */
export const law: NationalLaw = {
  consent: { de: 'Art. 61 Abs. 4 KomG', en: 'Art. 61(4) Communications Act (KomG)' },
  exemption: { de: 'Art. 61 Abs. 4 KomG (unbedingt erforderlich)', en: 'Art. 61(4) Communications Act (KomG) (strictly necessary)' },
};
