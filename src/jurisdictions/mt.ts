import type { NationalLaw } from './law.js';

/**
 * Malta: regulation 5(1) of the Processing of Personal Data (Electronic Communications Sector) Regulations
 * (S.L. 586.01); English is an official language of Maltese law (IDPC, guidance note on cookies).
 */
export const law: NationalLaw = {
  consent: { en: 'Reg. 5(1) S.L. 586.01', mt: 'Reg. 5(1) L.S. 586.01' },
  exemption: { en: 'Reg. 5(1) S.L. 586.01 (strictly necessary)', mt: 'Reg. 5(1) L.S. 586.01 (strettament meħtieġ)' },
};
