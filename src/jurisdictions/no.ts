import type { NationalLaw } from './law.js';

/**
 * Norway: section 3-15 of the Electronic Communications Act of 13 December 2024 (ekomloven), in force 1 January
 * 2025 with GDPR-standard consent; the number rests on secondary sources (check lovdata.no).
 */
export const law: NationalLaw = {
  consent: { no: 'ekomloven § 3-15', nb: 'ekomloven § 3-15', nn: 'ekomlova § 3-15', en: 's. 3-15 Electronic Communications Act (ekomloven)' },
  exemption: { no: 'ekomloven § 3-15 (strengt nødvendig)', nb: 'ekomloven § 3-15 (strengt nødvendig)', nn: 'ekomlova § 3-15 (strengt naudsynt)', en: 's. 3-15 Electronic Communications Act (strictly necessary)' },
};
