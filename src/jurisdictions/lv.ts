import type { NationalLaw } from './law.js';

/**
 * Latvia: section 7.¹ of the Information Society Services Law (Informācijas sabiedrības pakalpojumu likums); only
 * secondary sources confirm the number. Data State Inspectorate guidance on cookies, 16 March 2022.
 */
export const law: NationalLaw = {
  consent: { lv: 'Informācijas sabiedrības pakalpojumu likuma 7.¹ pants', en: 's. 7.1 Information Society Services Law' },
  exemption: { lv: 'Informācijas sabiedrības pakalpojumu likuma 7.¹ pants (noteikti nepieciešamie)', en: 's. 7.1 Information Society Services Law (strictly necessary)' },
};
